import "server-only";
import { requirePermission } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { MAIL_STATUSES } from "./kinds";
import { MAIL_PAGE_SIZE, type MailFilters } from "./schema";

// What the organisers' mail page shows: who was written to, about what, and how it went. Never the
// body: the manage links and passes in it are the recipients' alone.

function whereOf(filters: MailFilters): Prisma.OutboxMessageWhereInput {
  return {
    kind: filters.kind,
    status: filters.status,
    recipient: filters.recipient ? { contains: filters.recipient, mode: "insensitive" } : undefined,
  };
}

export async function listOutboxMessages(filters: MailFilters) {
  await requirePermission("mail:manage");
  const where = whereOf(filters);
  const total = await db.outboxMessage.count({ where });
  const pages = Math.max(1, Math.ceil(total / MAIL_PAGE_SIZE));
  const page = Math.min(filters.page ?? 1, pages);
  const messages = await db.outboxMessage.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    skip: (page - 1) * MAIL_PAGE_SIZE,
    take: MAIL_PAGE_SIZE,
    select: { id: true, kind: true, recipient: true, subject: true, status: true, attempts: true, lastError: true, createdAt: true, sentAt: true, nextAttemptAt: true },
  });
  return { total, page, pages, messages };
}

export type OutboxListItem = Awaited<ReturnType<typeof listOutboxMessages>>["messages"][number];

/** How many messages are in each status, all kinds together: a failed one needs an organiser. */
export async function countOutboxByStatus(): Promise<Record<(typeof MAIL_STATUSES)[number], number>> {
  await requirePermission("mail:manage");
  const rows = await db.outboxMessage.groupBy({ by: ["status"], _count: true });
  const counts = Object.fromEntries(MAIL_STATUSES.map((status) => [status, 0])) as Record<(typeof MAIL_STATUSES)[number], number>;
  for (const row of rows) counts[row.status] = row._count;
  return counts;
}
