import type { Database } from "@/lib/db-client";
import { recordAudit, type Actor } from "@/lib/audit/store";
import { anonymizeAccreditations, anonymizeApplications, anonymizeRegistrations } from "./anonymize-store";
import { retentionDueAt } from "./rules";

// The retention run: every edition whose retention period is over has its registrations, press
// accreditations and exhibitor applications anonymised, each edition in one transaction with its audit
// record. The plan (the dry run) lists what the run would anonymise; both take `now` so that the
// administrators' page, the scheduled command and the tests agree on the day. No `server-only` here:
// the scheduled command (scripts/privacy-retention.ts) runs it outside Next.

export type RetentionItem = { id: string; label: string; createdAt: Date };

type RetentionPlanEdition = {
  edition: { id: string; year: number; name: string; endsOn: Date };
  dueAt: Date;
  registrations: RetentionItem[];
  accreditations: RetentionItem[];
  applications: RetentionItem[];
};

/** Editions past their retention period that still hold personal data, with what would be anonymised. */
export async function planRetention(database: Database, now: Date): Promise<RetentionPlanEdition[]> {
  const editions = await database.edition.findMany({
    orderBy: { year: "asc" },
    select: { id: true, year: true, name: true, endsOn: true },
  });
  const plan: RetentionPlanEdition[] = [];
  for (const edition of editions) {
    const dueAt = retentionDueAt(edition.endsOn);
    if (now < dueAt) continue;
    const [registrations, accreditations, applications] = await Promise.all([
      database.registration.findMany({
        where: { editionId: edition.id, status: { not: "ERASED" } },
        orderBy: { createdAt: "asc" },
        select: { id: true, code: true, createdAt: true },
      }),
      database.pressAccreditation.findMany({
        where: { editionId: edition.id, anonymizedAt: null },
        orderBy: { createdAt: "asc" },
        select: { id: true, passCode: true, createdAt: true },
      }),
      database.exhibitorApplication.findMany({
        where: { editionId: edition.id, anonymizedAt: null },
        orderBy: { createdAt: "asc" },
        select: { id: true, organizationName: true, createdAt: true },
      }),
    ]);
    if (registrations.length + accreditations.length + applications.length === 0) continue;
    plan.push({
      edition,
      dueAt,
      // Codes and organisations only: the list itself names no one.
      registrations: registrations.map((row) => ({ id: row.id, label: row.code, createdAt: row.createdAt })),
      accreditations: accreditations.map((row) => ({ id: row.id, label: row.passCode ?? "—", createdAt: row.createdAt })),
      applications: applications.map((row) => ({ id: row.id, label: row.organizationName, createdAt: row.createdAt })),
    });
  }
  return plan;
}

type RetentionResult = { year: number; registrations: number; accreditations: number; applications: number };

/** Anonymises what the plan lists, edition by edition, each with its audit record. */
export async function runRetention(database: Database, now: Date, actor: Actor): Promise<RetentionResult[]> {
  const results: RetentionResult[] = [];
  for (const item of await planRetention(database, now)) {
    const result = await database.$transaction(async (tx) => {
      const counts = {
        year: item.edition.year,
        registrations: await anonymizeRegistrations(
          tx,
          item.registrations.map((row) => row.id),
          now,
        ),
        accreditations: await anonymizeAccreditations(
          tx,
          item.accreditations.map((row) => row.id),
          now,
        ),
        applications: await anonymizeApplications(
          tx,
          item.applications.map((row) => row.id),
          now,
        ),
      };
      await recordAudit(tx, {
        userId: actor.userId,
        ip: actor.ip,
        action: "privacy.retention",
        entityType: "Edition",
        entityId: item.edition.id,
        after: { ...counts, dueAt: item.dueAt, ranAt: now },
      });
      return counts;
    });
    results.push(result);
  }
  return results;
}
