import "server-only";
import { db } from "@/lib/db";
import { requirePermission } from "@/lib/auth/guard";
import * as editing from "./session-store";
import { readPendingChange } from "./pending-change";

// The admin screens' reads of the programme; each checks the permission itself.

export async function listEditionsForAdmin() {
  await requirePermission("agenda:edit");
  return editing.listEditionsForAdmin(db);
}

export async function listSessionsForAdmin(editionId: string, filters: editing.AdminSessionFilters) {
  await requirePermission("agenda:edit");
  return editing.listSessionsForAdmin(db, editionId, filters);
}

export async function sessionFormOptions() {
  await requirePermission("agenda:edit");
  return editing.sessionFormOptions(db);
}

export async function getSessionForEdit(id: string) {
  await requirePermission("agenda:edit");
  const found = await editing.getSessionForEdit(db, id);
  if (!found) return null;
  const pending = await readPendingChange(db, id);
  const [warnings, pendingWarnings] = await Promise.all([
    editing.findSessionWarnings(db, id),
    pending ? editing.findSessionWarnings(db, id, pending.input) : Promise.resolve([]),
  ]);
  return { ...found, warnings, pending: pending && { ...pending, warnings: pendingWarnings } };
}

/** The editions, and the one a list or form is about: the year asked for, else the current one, else the newest. */
export async function resolveAdminEdition(year: string | undefined) {
  const editions = await listEditionsForAdmin();
  const edition =
    editions.find((candidate) => String(candidate.year) === year) ?? editions.find((candidate) => candidate.isCurrent) ?? editions[0];
  return { editions, edition: edition ?? null };
}
