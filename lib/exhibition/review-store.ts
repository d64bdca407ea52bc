import "server-only";
import { recordAudit, type Actor } from "@/lib/audit/store";
import type { Database } from "@/lib/db-client";
import { env } from "@/lib/env";
import { isUniqueViolation } from "@/lib/errors";
import { localizedPath } from "@/lib/i18n/config";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { queueRenderedMail } from "@/lib/mail/store";
import type { ApplicationDecision, PlacementInput } from "./admin-schema";
import { checkPlacement } from "./booth-store";
import { renderApplicationDecisionMail } from "./emails";
import type { PlacementProblem } from "./rules";

// Organisers decide on an exhibitor application: accept (a booth is created from it, with a code and
// a place on the map), decline, or ask for changes. The decision and its audit record are committed
// together with the applicant's e-mail, queued in the outbox (a mail server down never undoes a decision).


export type DecisionResult =
  | { ok: true; status: ApplicationStatus; boothCode: string | null }
  | { ok: false; reason: "not-found" | "already-decided" | "code-taken" }
  | { ok: false; reason: "placement"; problems: PlacementProblem[] };

const NEXT_STATUS: Record<ApplicationDecision, ApplicationStatus> = {
  accept: "ACCEPTED",
  decline: "DECLINED",
  "request-changes": "CHANGES_REQUESTED",
};

/** Only open applications (new, or waiting for the applicant's changes) can be decided. */
const OPEN: ApplicationStatus[] = ["PENDING", "CHANGES_REQUESTED"];

export async function decideApplication(
  database: Database,
  id: string,
  decision: { kind: ApplicationDecision; message: string; placement: PlacementInput | null },
  actor: Actor,
): Promise<DecisionResult> {
  let outcome;
  try {
    outcome = await database.$transaction(async (tx) => {
      // Locked, so two organisers deciding at once cannot both accept.
      await tx.$queryRaw`SELECT id FROM exhibitor_applications WHERE id = ${id}::uuid FOR UPDATE`;
      const before = await tx.exhibitorApplication.findUnique({
        where: { id },
        include: { edition: { select: { name: true } } },
      });
      if (!before) return { ok: false as const, reason: "not-found" as const };
      if (!OPEN.includes(before.status)) return { ok: false as const, reason: "already-decided" as const };

      let booth: { id: string; code: string } | null = null;
      if (decision.kind === "accept" && decision.placement) {
        const { hall, problems } = await checkPlacement(tx, before.editionId, decision.placement, null);
        if (problems.length > 0) return { ok: false as const, reason: "placement" as const, problems };
        booth = await tx.booth.create({
          data: {
            ...decision.placement,
            editionId: before.editionId,
            venueId: hall?.id ?? null,
            category: before.category,
            exhibitorName: before.organizationName,
            // Only what the applicant chose to publish, with that consent; the applicant's own name,
            // e-mail and phone stay on the application (consented to for review and contact only).
            contactEmail: before.publishConsentAt ? before.publicEmail : null,
            contactPhone: before.publishConsentAt ? before.publicPhone : null,
            website: before.publishConsentAt ? before.publicWebsite : null,
            contactsPublishedAt: before.publishConsentAt,
            products: before.products,
            status: "PUBLISHED",
          },
          select: { id: true, code: true },
        });
        await recordAudit(tx, {
          userId: actor.userId,
          ip: actor.ip,
          action: "booth.create",
          entityType: "Booth",
          entityId: booth.id,
          after: booth,
        });
      }
      const { edition, ...beforeRow } = before;
      const after = await tx.exhibitorApplication.update({
        where: { id },
        data: {
          status: NEXT_STATUS[decision.kind],
          organizerMessage: decision.message || null,
          decidedAt: new Date(),
          boothId: booth?.id ?? before.boothId,
        },
      });
      await recordAudit(tx, {
        userId: actor.userId,
        ip: actor.ip,
        action: `application.${decision.kind}`,
        entityType: "ExhibitorApplication",
        entityId: id,
        before: beforeRow,
        after,
      });
      const boothCode = booth?.code ?? null;
      const mail = renderApplicationDecisionMail(
        { ...after, decision: decision.kind, boothCode, message: decision.message },
        // An accepted booth is published at once: the link shows it on the current edition's map.
        { edition: edition.name, boothUrl: boothCode ? `${env.PUBLIC_BASE_URL}${localizedPath("vi", `/exhibition/${boothCode}`)}` : null },
      );
      await queueRenderedMail(tx, "exhibition.decision", { to: after.email, ...mail });
      return { ok: true as const, application: after, boothCode };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: "code-taken" };
    throw error;
  }
  if (!outcome.ok) return outcome;
  return { ok: true, status: outcome.application.status, boothCode: outcome.boothCode };
}
