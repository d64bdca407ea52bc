import "server-only";
import { recordAudit, type Actor } from "@/lib/audit/store";
import type { Database } from "@/lib/db-client";
import { deleteStoredFileIfUnused, storeUpload, type UploadResult } from "@/lib/uploads/store";
import type { FileStorage } from "@/lib/uploads/storage";
import { isLinkKind, type MaterialInput } from "./schema";

// Writes of session materials: an uploaded file goes through the same checks as every upload
// (content, size, type); each change and its audit record are committed together.

type AddMaterialResult = { ok: true; id: string } | Extract<UploadResult, { ok: false }> | { ok: false; reason: "no-session" };

export async function addMaterial(
  database: Database,
  storage: FileStorage,
  sessionId: string,
  input: MaterialInput,
  upload: { name: string; bytes: Uint8Array } | null,
  actor: Actor,
): Promise<AddMaterialResult> {
  const session = await database.session.findUnique({ where: { id: sessionId }, select: { id: true } });
  if (!session) return { ok: false, reason: "no-session" };
  let fileId: string | null = null;
  if (!isLinkKind(input.kind)) {
    const stored = await storeUpload(database, storage, upload ?? { name: "", bytes: new Uint8Array() }, "session-material");
    if (!stored.ok) return stored;
    fileId = stored.file.id;
  }
  return database.$transaction(async (tx) => {
    const position = await tx.sessionMaterial.count({ where: { sessionId } });
    const material = await tx.sessionMaterial.create({
      data: { sessionId, kind: input.kind, title: input.title, url: isLinkKind(input.kind) ? input.url : null, fileId, position, addedById: actor.userId },
    });
    await recordAudit(tx, { userId: actor.userId, ip: actor.ip, action: "material.create", entityType: "SessionMaterial", entityId: material.id, after: material });
    return { ok: true as const, id: material.id };
  });
}

/** Removes a material and, once nothing else uses it, its file. False when it was already gone. */
export async function removeMaterial(database: Database, storage: FileStorage, id: string, actor: Actor): Promise<{ sessionId: string } | null> {
  const removed = await database.$transaction(async (tx) => {
    const before = await tx.sessionMaterial.findUnique({ where: { id } });
    if (!before) return null;
    await tx.sessionMaterial.delete({ where: { id } });
    await recordAudit(tx, { userId: actor.userId, ip: actor.ip, action: "material.delete", entityType: "SessionMaterial", entityId: id, before });
    return before;
  });
  if (removed?.fileId) await deleteStoredFileIfUnused(database, storage, removed.fileId);
  return removed && { sessionId: removed.sessionId };
}
