import "server-only";
import { db } from "@/lib/db";
import { requirePermission } from "@/lib/auth/guard";
import type { AuditFilters } from "./schema";
import { listAuditEntriesIn } from "./search-queries";

export async function listAuditEntries(filters: AuditFilters) {
  await requirePermission("audit:read");
  return listAuditEntriesIn(db, filters);
}

/** The choices of the filter form: every user, and every kind of record the log mentions. */
export async function listAuditFilterOptions() {
  await requirePermission("audit:read");
  const [users, entityTypes] = await Promise.all([
    db.user.findMany({ select: { id: true, name: true, email: true }, orderBy: { name: "asc" } }),
    db.auditLog.groupBy({ by: ["entityType"], orderBy: { entityType: "asc" } }),
  ]);
  return { users, entityTypes: entityTypes.map((row) => row.entityType) };
}
