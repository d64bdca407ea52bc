import type { Database } from "@/lib/db-client";
import { DomainError } from "@/lib/errors";

// Everything the portal holds about one journalist or one exhibitor's contact person, as a plain
// JSON-ready object, so the organisers can answer a subject access request (and the journalist can
// download it from their own link): the accreditation or application, the consent it was given with,
// the e-mails sent to them (kind, status and dates from the outbox, never the bodies), their booth and
// check-ins, and the audit events about them. No `server-only`: the integration tests call it.

const CONTROLLER = "Sở Khoa học và Công nghệ tỉnh Quảng Ngãi";

/** A copy without the internal ids (edition, booth, deciding user) that mean nothing to the person. */
function without<T extends object, K extends keyof T>(row: T, keys: K[]): Omit<T, K> {
  const copy = { ...row };
  for (const key of keys) delete copy[key];
  return copy;
}

/** The e-mails sent to an address: what kind, when, and whether they left; not what they said. */
async function mailsTo(database: Database, email: string) {
  const rows = await database.outboxMessage.findMany({
    where: { recipient: { equals: email, mode: "insensitive" } },
    select: { kind: true, subject: true, status: true, createdAt: true, sentAt: true },
    orderBy: { createdAt: "asc" },
  });
  return rows;
}

async function auditEventsOf(database: Database, entityType: string, entityId: string) {
  const rows = await database.auditLog.findMany({
    where: { entityType, entityId },
    select: { action: true, createdAt: true, before: true, after: true },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((row) => ({ action: row.action, at: row.createdAt, before: row.before, after: row.after }));
}

export async function exportAccreditationData(database: Database, accreditationId: string) {
  const accreditation = await database.pressAccreditation.findUnique({
    where: { id: accreditationId },
    include: {
      edition: { select: { year: true, name: true } },
      sessions: { select: { session: { select: { slug: true, title: true, startsAt: true } } } },
      checkIns: { select: { checkedInAt: true, session: { select: { slug: true, title: true } } }, orderBy: { checkedInAt: "asc" } },
    },
  });
  if (!accreditation || accreditation.anonymizedAt) throw new DomainError("NOT_FOUND", "accreditation not found");
  const { edition, sessions, checkIns, consentNoticeVersion, consentedAt } = accreditation;
  const person = without(accreditation, ["edition", "sessions", "checkIns", "consentNoticeVersion", "consentedAt", "decidedById", "editionId"]);
  return {
    exportedAt: new Date().toISOString(),
    controller: CONTROLLER,
    edition,
    accreditation: person,
    consent: { purpose: "PRESS_ACCREDITATION", noticeVersion: consentNoticeVersion, givenAt: consentedAt },
    sessions: sessions.map(({ session }) => session),
    checkIns: checkIns.map(({ session, checkedInAt }) => ({ session: session.slug, title: session.title, checkedInAt })),
    emails: await mailsTo(database, accreditation.email),
    auditEvents: await auditEventsOf(database, "PressAccreditation", accreditation.id),
  };
}

export async function exportApplicationData(database: Database, applicationId: string) {
  const application = await database.exhibitorApplication.findUnique({
    where: { id: applicationId },
    include: { edition: { select: { year: true, name: true } }, booth: { select: { code: true, exhibitorName: true } } },
  });
  if (!application || application.anonymizedAt) throw new DomainError("NOT_FOUND", "application not found");
  const { edition, booth, consentNoticeVersion, consentedAt, publishConsentAt } = application;
  const rest = without(application, ["edition", "booth", "consentNoticeVersion", "consentedAt", "publishConsentAt", "boothId", "editionId"]);
  return {
    exportedAt: new Date().toISOString(),
    controller: CONTROLLER,
    edition,
    application: rest,
    consents: [
      { purpose: "EXHIBITOR_APPLICATION", noticeVersion: consentNoticeVersion, givenAt: consentedAt },
      ...(publishConsentAt ? [{ purpose: "PUBLISH_CONTACTS", givenAt: publishConsentAt }] : []),
    ],
    booth,
    emails: await mailsTo(database, application.email),
    auditEvents: await auditEventsOf(database, "ExhibitorApplication", application.id),
  };
}
