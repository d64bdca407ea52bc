import type { Database } from "@/lib/db-client";
import type { ConsentPurpose } from "@/lib/generated/prisma/enums";
import { PERSONAL_DATA_ACCESS_ACTIONS, PROCESSING_PURPOSES, type SubjectCount } from "./purposes";
import { retentionDueAt } from "./rules";

// The figures of the record of processing, read live from the database for a period [from, to):
// how many people each purpose holds data about now, the consents withdrawn and the erasures done in
// the period, and who read personal data out of the portal (from the audit log). No `server-only`:
// the integration tests read it with their own database.

export type RecordPeriod = { from: Date; to: Date };

type AccessRow = { user: string; action: string; count: number; lastAt: Date };

export type ProcessingRecord = {
  period: RecordPeriod;
  purposes: ((typeof PROCESSING_PURPOSES)[number] & { subjectCount: number })[];
  editions: { year: number; name: string; endsOn: Date; dueAt: Date }[];
  consentsWithdrawn: { purpose: ConsentPurpose; count: number }[];
  erasures: { registrations: number; accreditations: number; applications: number; auditEvents: number };
  accesses: AccessRow[];
};

const ERASURE_ACTIONS = ["accreditation.erase", "application.erase", "privacy.retention"];

async function countSubjects(database: Database): Promise<Record<SubjectCount, number>> {
  const liveRegistration = { status: { not: "ERASED" as const } };
  const [delegates, seatHolders, invitees, journalists, exhibitors, mediaConsents, newsConsents, feedbackSigned, users, raw] = await Promise.all([
    database.registration.count({ where: liveRegistration }),
    database.registration.count({ where: { ...liveRegistration, seats: { some: { status: { in: ["CONFIRMED", "WAITLISTED"] } } } } }),
    database.invitee.count(),
    database.pressAccreditation.count({ where: { anonymizedAt: null } }),
    database.exhibitorApplication.count({ where: { anonymizedAt: null } }),
    database.consent.count({ where: { purpose: "MEDIA", withdrawnAt: null, registration: liveRegistration } }),
    database.consent.count({ where: { purpose: "NEWS", withdrawnAt: null, registration: liveRegistration } }),
    database.sessionFeedback.count({ where: { signedName: { not: null } } }),
    database.user.count(),
    database.$queryRaw<{ checked_in: number; recipients: number }[]>`
      SELECT
        (SELECT count(DISTINCT coalesce(c.registration_id, c.accreditation_id))::int FROM check_ins c
           LEFT JOIN registrations r ON r.id = c.registration_id
           LEFT JOIN press_accreditations p ON p.id = c.accreditation_id
         WHERE (r.id IS NOT NULL AND r.status <> 'ERASED') OR (p.id IS NOT NULL AND p.anonymized_at IS NULL)) AS checked_in,
        (SELECT count(DISTINCT lower(recipient))::int FROM outbox_messages) AS recipients`,
  ]);
  const checkedIn = raw[0]?.checked_in ?? 0;
  const mailRecipients = raw[0]?.recipients ?? 0;
  return { delegates, seatHolders, checkedIn, invitees, journalists, exhibitors, mailRecipients, mediaConsents, newsConsents, feedbackSigned, users };
}

async function readAccesses(database: Database, { from, to }: RecordPeriod): Promise<AccessRow[]> {
  const rows = await database.$queryRaw<{ user_name: string | null; user_email: string | null; action: string; count: number; last_at: Date }[]>`
    SELECT u.name AS user_name, u.email AS user_email, a.action, count(*)::int AS count, max(a.created_at) AS last_at
    FROM audit_log a LEFT JOIN users u ON u.id = a.user_id
    WHERE a.action = ANY(${[...PERSONAL_DATA_ACCESS_ACTIONS]}::text[]) AND a.created_at >= ${from} AND a.created_at < ${to}
    GROUP BY u.name, u.email, a.action
    ORDER BY max(a.created_at) DESC`;
  // An account deleted since keeps its events (user_id set null): shown as "—".
  return rows.map((row) => ({
    user: row.user_name ? `${row.user_name} <${row.user_email}>` : "—",
    action: row.action,
    count: row.count,
    lastAt: row.last_at,
  }));
}

export async function readProcessingRecord(database: Database, period: RecordPeriod): Promise<ProcessingRecord> {
  const inPeriod = { gte: period.from, lt: period.to };
  const [subjects, editions, withdrawn, registrations, accreditations, applications, auditEvents, accesses] = await Promise.all([
    countSubjects(database),
    database.edition.findMany({ orderBy: { year: "asc" }, select: { year: true, name: true, endsOn: true } }),
    database.consent.groupBy({ by: ["purpose"], where: { withdrawnAt: inPeriod }, _count: { _all: true }, orderBy: { purpose: "asc" } }),
    database.registration.count({ where: { erasedAt: inPeriod } }),
    database.pressAccreditation.count({ where: { anonymizedAt: inPeriod } }),
    database.exhibitorApplication.count({ where: { anonymizedAt: inPeriod } }),
    database.auditLog.count({ where: { action: { in: ERASURE_ACTIONS }, createdAt: inPeriod } }),
    readAccesses(database, period),
  ]);
  return {
    period,
    purposes: PROCESSING_PURPOSES.map((purpose) => ({ ...purpose, subjectCount: subjects[purpose.subjects] })),
    editions: editions.map((edition) => ({ ...edition, dueAt: retentionDueAt(edition.endsOn) })),
    consentsWithdrawn: withdrawn.map((row) => ({ purpose: row.purpose, count: row._count._all })),
    erasures: { registrations, accreditations, applications, auditEvents },
    accesses,
  };
}
