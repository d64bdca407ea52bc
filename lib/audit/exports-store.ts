import "server-only";
import { requestIp } from "@/lib/auth/request";
import { db } from "@/lib/db";
import { recordAudit } from "./store";

/**
 * Records an export or print-out of personal data (who, when, from where, what was asked for and how
 * many people it held): data leaving the portal is accounted for. Every export calls it.
 */
export async function recordExport(
  userId: string,
  { action, entityType, entityId = null }: { action: string; entityType: string; entityId?: string | null },
  what: Record<string, unknown>,
) {
  await recordAudit(db, { userId, action, entityType, entityId, after: what, ip: await requestIp() });
}
