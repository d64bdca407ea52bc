import "server-only";
import { recordAudit } from "@/lib/audit/store";
import type { Database } from "@/lib/db-client";
import { env } from "@/lib/env";
import { isUniqueViolation } from "@/lib/errors";
import { queueRenderedMail } from "@/lib/mail/store";
import { currentTime } from "@/lib/time/clock";
import { EMAIL_CHANGE_HOURS, signEmailChange, verifyEmailChange } from "./email-change-link";
import { lockRegistration } from "./seat-store";
import type { DetailsCorrection } from "./self-service-schema";
import { renderEmailChangedMail, renderEmailChangeMail } from "./self-service-mail";

// A delegate's own corrections through their manage link. Every change is audited with the delegate
// as the actor (no user; `via: "manage-link"`), before and after. The address changes only once the
// new one has confirmed it, so a typing error never cuts a delegate off from their mail.

const ACTOR = { userId: null, via: "manage-link" } as const;
const CORRECTABLE = ["fullName", "position", "organization", "phone"] as const;

type CorrectionResult = { status: "corrected" | "unchanged" } | { status: "not-active" };

/** Saves the corrected fields; only what changed is written and audited. */
export async function correctOwnDetails(database: Database, registrationId: string, input: DetailsCorrection): Promise<CorrectionResult> {
  return database.$transaction(async (tx) => {
    const registration = await tx.registration.findUnique({
      where: { id: registrationId },
      select: { status: true, fullName: true, position: true, organization: true, phone: true },
    });
    if (!registration || registration.status === "ERASED") return { status: "not-active" } as const;
    const wanted = { fullName: input.fullName, position: input.position || null, organization: input.organization, phone: input.phone };
    const changed = CORRECTABLE.filter((field) => registration[field] !== wanted[field]);
    if (changed.length === 0) return { status: "unchanged" } as const;
    const before = Object.fromEntries(changed.map((field) => [field, registration[field]]));
    const after = Object.fromEntries(changed.map((field) => [field, wanted[field]]));
    await tx.registration.update({ where: { id: registrationId }, data: after, select: { id: true } });
    await recordAudit(tx, { userId: ACTOR.userId, action: "registration.selfCorrect", entityType: "Registration", entityId: registrationId, before, after: { ...after, via: ACTOR.via } });
    return { status: "corrected" } as const;
  });
}

function emailConfirmUrl(token: string): string {
  return `${env.PUBLIC_BASE_URL.replace(/\/+$/, "")}/my-registration/confirm-email?t=${encodeURIComponent(token)}`;
}

/** Whether another registration of the same edition holds the address. */
async function isAddressTaken(database: Pick<Database, "registration">, registrationId: string, editionId: string, email: string): Promise<boolean> {
  const other = await database.registration.findFirst({ where: { editionId, email, id: { not: registrationId } }, select: { id: true } });
  return other !== null;
}

type EmailChangeRequest = { status: "sent" | "same" | "taken" | "not-active" };

/** Mails a signed, expiring confirmation link to the new address; nothing else changes yet. */
export async function requestEmailChange(database: Database, registrationId: string, newEmail: string): Promise<EmailChangeRequest> {
  const registration = await database.registration.findUnique({
    where: { id: registrationId },
    select: { status: true, email: true, editionId: true, fullName: true, code: true },
  });
  if (!registration?.email || registration.status === "ERASED") return { status: "not-active" };
  if (registration.email === newEmail) return { status: "same" };
  if (await isAddressTaken(database, registrationId, registration.editionId, newEmail)) return { status: "taken" };
  const expiresAt = new Date(currentTime().getTime() + EMAIL_CHANGE_HOURS * 3_600_000);
  const token = signEmailChange({ registrationId, from: registration.email, to: newEmail, expiresAt }, env.TICKET_SIGNING_SECRET);
  const mail = renderEmailChangeMail({ fullName: registration.fullName ?? "", code: registration.code }, emailConfirmUrl(token));
  await database.$transaction(async (tx) => {
    await queueRenderedMail(tx, "registration.email-change", { to: newEmail, ...mail }, { registrationId });
    await recordAudit(tx, { userId: null, action: "registration.selfEmailChangeRequested", entityType: "Registration", entityId: registrationId, after: { email: newEmail, via: ACTOR.via } });
  });
  return { status: "sent" };
}

type EmailChangeOutcome = { status: "changed"; email: string } | { status: "invalid" | "expired" | "taken" };

/** What a confirmation link asks for, without changing anything (for the page that shows the button). */
export function readEmailChange(token: string) {
  return verifyEmailChange(token, env.TICKET_SIGNING_SECRET, currentTime());
}

/**
 * Switches the address a valid link names, once: the link names the address it leaves, so after the
 * switch (or any other change of address) it no longer applies. The old address is told.
 */
export async function confirmEmailChange(database: Database, token: string): Promise<EmailChangeOutcome> {
  const check = readEmailChange(token);
  if (!check.ok) return { status: check.reason };
  const { registrationId, from, to } = check.change;
  try {
    return await database.$transaction(async (tx) => {
      await lockRegistration(tx, registrationId);
      const registration = await tx.registration.findUnique({
        where: { id: registrationId },
        select: { status: true, email: true, editionId: true, fullName: true, code: true },
      });
      if (!registration || registration.status === "ERASED" || registration.email !== from) return { status: "invalid" } as const;
      if (await isAddressTaken(tx, registrationId, registration.editionId, to)) return { status: "taken" } as const;
      await tx.registration.update({ where: { id: registrationId }, data: { email: to, mailRefusedAt: null }, select: { id: true } });
      await recordAudit(tx, { userId: null, action: "registration.selfChangeEmail", entityType: "Registration", entityId: registrationId, before: { email: from }, after: { email: to, via: ACTOR.via } });
      const notice = renderEmailChangedMail({ fullName: registration.fullName ?? "", code: registration.code }, to);
      await queueRenderedMail(tx, "registration.email-changed", { to: from, ...notice }, { registrationId });
      return { status: "changed", email: to } as const;
    });
  } catch (error) {
    // The address taken by a registration made in the same instant: the unique index decides.
    if (isUniqueViolation(error)) return { status: "taken" };
    throw error;
  }
}
