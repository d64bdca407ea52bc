import { recordAudit, type Actor } from "@/lib/audit/store";
import type { Database } from "@/lib/db-client";
import { DomainError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Promotion } from "@/lib/registration/seat-store";
import { findSessionWarnings, updateSession } from "./session-store";
import { readPendingChange, toStoredChange } from "./pending-change";
import type { SessionInput } from "./schema";

// Edits of a published session go public in two steps: the edit is saved as a draft of the change
// (the public programme does not move), shown with its warnings and what it changes, then published
// in one step. A small correction may be published at once, but only when it raises no warning:
// warnings are always seen before anything changes publicly.

type EditOutcome =
  | { kind: "applied"; promotions: Promotion[] }
  | { kind: "drafted"; warnings: number };

export async function saveSessionEdit(database: Database, id: string, input: SessionInput, actor: Actor, { publishNow }: { publishNow: boolean }): Promise<EditOutcome> {
  const current = await database.session.findUnique({ where: { id }, select: { status: true } });
  if (!current) throw new DomainError("NOT_FOUND", "session not found");
  // A draft (or cancelled) session is not on the public programme as such: its edits apply at once.
  if (current.status !== "PUBLISHED") return { kind: "applied", promotions: await updateSession(database, id, input, actor) };
  const warnings = await findSessionWarnings(database, id, input);
  if (publishNow && warnings.length === 0) return { kind: "applied", promotions: await updateSession(database, id, input, actor) };
  await database.$transaction(async (tx) => {
    const before = await readPendingChange(tx, id);
    await tx.session.update({ where: { id }, data: { pendingChange: toStoredChange(input, actor.userId, new Date()) } });
    await recordAudit(tx, {
      userId: actor.userId,
      action: "session.draftChange",
      entityType: "Session",
      entityId: id,
      before: before ? { pendingChange: before } : undefined,
      after: { pendingChange: input, warnings: warnings.map((warning) => warning.kind) },
      ip: actor.ip,
    });
  });
  return { kind: "drafted", warnings: warnings.length };
}

/** Publishes the saved draft of the change the organiser looked at (`savedAt`); its seat rules apply as to any edit. */
export async function publishSessionChange(database: Database, id: string, savedAt: string, actor: Actor): Promise<Promotion[]> {
  const pending = await readPendingChange(database, id);
  if (!pending || pending.savedAt !== savedAt) throw new DomainError("INVALID_STATE", "the draft of the change was replaced", { reason: "draftReplaced" });
  return updateSession(database, id, pending.input, actor, { action: "session.publishChange", pendingSavedAt: savedAt });
}

export async function discardSessionChange(database: Database, id: string, actor: Actor): Promise<void> {
  await database.$transaction(async (tx) => {
    const before = await readPendingChange(tx, id);
    if (!before) throw new DomainError("INVALID_STATE", "no draft of a change", { reason: "draftReplaced" });
    await tx.session.update({ where: { id }, data: { pendingChange: Prisma.DbNull } });
    await recordAudit(tx, { userId: actor.userId, action: "session.discardChange", entityType: "Session", entityId: id, before: { pendingChange: before }, ip: actor.ip });
  });
}
