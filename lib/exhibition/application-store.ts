import "server-only";
import type { Database } from "@/lib/db-client";
import type { ConsentRecord } from "@/lib/forms/public-form";
import vi from "@/lib/i18n/messages/vi.json";
import { queueRenderedMail } from "@/lib/mail/store";
import { currentTime } from "@/lib/time/clock";
import { renderApplicationReceivedMail } from "./emails";
import { isBeforeApplicationDeadline } from "./rules";
import type { ExhibitorApplicationInput } from "./schema";
import { currentEditionFor } from "@/lib/editions/rules";

// An enterprise or organisation applies for a booth: the application is stored as PENDING for the
// organisers to review, and the applicant's acknowledgement is queued in the outbox with it.
// `database` is a parameter so that tests run on their own database.

/** Version of the personal-data notice on the application form; stored with each consent. Change it with the text. */
export const APPLICATION_NOTICE_VERSION = "exhibitor-2025-09-v1";

type ApplicationResult =
  | { status: "received"; applicationId: string }
  /** No current edition takes applications (none is current, or it is archived). */
  | { status: "closed" };

export async function receiveExhibitorApplication(
  database: Database,
  input: ExhibitorApplicationInput,
  consent: Pick<ConsentRecord, "noticeVersion" | "at">,
): Promise<ApplicationResult> {
  const edition = await database.edition.findFirst({
    where: currentEditionFor("registration"),
    select: {
      id: true,
      name: true,
      exhibitionApplyBy: true,
      sessions: {
        where: { type: "EXHIBITION", status: "PUBLISHED" },
        orderBy: { startsAt: "asc" },
        take: 1,
        select: { title: true },
      },
    },
  });
  if (!edition || !isBeforeApplicationDeadline(edition.exhibitionApplyBy, currentTime())) return { status: "closed" };

  const names = { edition: edition.name, exhibition: edition.sessions[0]?.title ?? vi.exhibition.title };
  const application = await database.$transaction(async (tx) => {
    const created = await tx.exhibitorApplication.create({
    data: {
      editionId: edition.id,
      organizationName: input.organizationName,
      category: input.category,
      products: input.products,
      contactName: input.contactName,
      email: input.email,
      phone: input.phone,
      needs: input.needs,
      // The organisation's contacts for the booth page, kept only with the consent to publish them.
      publicEmail: input.publishContacts ? input.publicEmail || null : null,
      publicPhone: input.publishContacts ? input.publicPhone || null : null,
      publicWebsite: input.publishContacts ? input.publicWebsite || null : null,
      publishConsentAt: input.publishContacts ? consent.at : null,
      consentNoticeVersion: consent.noticeVersion,
      consentedAt: consent.at,
    },
    select: { id: true, createdAt: true },
    });
    const mail = renderApplicationReceivedMail({ ...input, createdAt: created.createdAt }, names);
    await queueRenderedMail(tx, "exhibition.application-received", { to: input.email, ...mail });
    return created;
  });
  return { status: "received", applicationId: application.id };
}
