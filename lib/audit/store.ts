import type { Prisma } from "@/lib/generated/prisma/client";
import type { Database } from "@/lib/db-client";

/** Anything that can write an audit row: the client or, as it should be, the transaction of the write. */
type AuditWriter = { auditLog: Pick<Database["auditLog"], "create"> };

/** Who acts and from where: null user for the command line and system jobs. */
export type Actor = { userId: string | null; ip: string | null };

/** An actor who is a signed-in user: their decisions are recorded under their name. */
export type UserActor = Actor & { userId: string };

type AuditEntry = {
  /** Who acted; null for the command line and for system jobs. */
  userId: string | null;
  /** `<entity>.<verb>`, e.g. `user.create`, `session.publish`. */
  action: string;
  /** The model name, e.g. `User`, `Session`. */
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
};

/** Keys whose values never belong in an audit record, wherever they appear. */
const SECRET_KEYS = new Set(["password", "passwordHash", "newPassword", "currentPassword", "token", "tokenHash", "secret"]);

/** A JSON copy of a record for the log: dates as ISO strings, big integers as strings, secrets left out. */
export function toAuditJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  const json = JSON.stringify(value, (key, item: unknown) => {
    if (SECRET_KEYS.has(key)) return undefined;
    return typeof item === "bigint" ? item.toString() : item;
  });
  return JSON.parse(json) as Prisma.InputJsonValue;
}

/**
 * Records one admin write. Call it with the transaction of the write itself, so that the change and
 * its record are committed together or not at all.
 */
export async function recordAudit(tx: AuditWriter, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      userId: entry.userId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      before: toAuditJson(entry.before),
      after: toAuditJson(entry.after),
      ipAddress: entry.ip ?? null,
    },
  });
}
