import type { Database } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AUDIT_PAGE_SIZE, SYSTEM_ACTOR, auditTimeRange, type AuditFilters } from "./schema";

function auditWhere(filters: AuditFilters): Prisma.AuditLogWhereInput {
  const range = auditTimeRange(filters);
  return {
    ...(filters.user === SYSTEM_ACTOR ? { userId: null } : filters.user ? { userId: filters.user } : {}),
    ...(filters.entity ? { entityType: filters.entity } : {}),
    ...(filters.entityId ? { entityId: filters.entityId } : {}),
    ...(range.gte || range.lt ? { createdAt: range } : {}),
  };
}

/** One page of entries, newest first, with the total for the pagination. */
export async function listAuditEntriesIn(database: Database, filters: AuditFilters) {
  const where = auditWhere(filters);
  const page = filters.page ?? 1;
  const [total, entries] = await Promise.all([
    database.auditLog.count({ where }),
    database.auditLog.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: {
        id: true,
        action: true,
        entityType: true,
        entityId: true,
        before: true,
        after: true,
        ipAddress: true,
        createdAt: true,
        user: { select: { name: true, email: true } },
      },
    }),
  ]);
  return { total, page, pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)), entries };
}
