import "server-only";
import { recordAudit, type Actor } from "@/lib/audit/store";
import type { Database } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { deleteStoredFileIfUnused, storeUpload } from "@/lib/uploads/store";
import { checkUpload, type UploadCheck } from "@/lib/uploads/rules";
import type { FileStorage } from "@/lib/uploads/storage";
import { MAX_BOOTH_IMAGES, type BoothImageAlt } from "./image-schema";
import { moveOneStep } from "./rules";

// Organisers' writes on a booth's pictures. The booth's row is locked while its pictures change, so two
// organisers never hand out the same position; each change and its audit record (the booth's pictures
// before and after, in order) are committed together.

type Tx = Prisma.TransactionClient;
type Upload = { name: string; bytes: Uint8Array };

type AddImagesResult =
  | { ok: true; count: number }
  | { ok: false; reason: "not-found" }
  | { ok: false; reason: "too-many" }
  | (Extract<UploadCheck, { ok: false }> & { name: string });

export type ImageChangeResult = { ok: true } | { ok: false; reason: "not-found" | "cannot-move" };

const imageSelect = { fileId: true, position: true, alt: true, altEn: true } as const;

/** Locks the booth and returns its pictures in order; null when there is no such booth. */
async function lockedImages(tx: Tx, boothId: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id::text FROM booths WHERE id = ${boothId}::uuid FOR UPDATE`;
  if (locked.length === 0) return null;
  return tx.boothImage.findMany({ where: { boothId }, orderBy: { position: "asc" }, select: imageSelect });
}

/** Writes positions 0, 1, 2… in the given order of file ids. */
async function renumber(tx: Tx, boothId: string, fileIds: string[]) {
  for (const [position, fileId] of fileIds.entries())
    await tx.boothImage.update({ where: { boothId_fileId: { boothId, fileId } }, data: { position } });
}

async function audit(tx: Tx, actor: Actor, action: string, boothId: string, before: unknown, after: unknown) {
  await recordAudit(tx, { userId: actor.userId, ip: actor.ip, action, entityType: "Booth", entityId: boothId, before, after });
}

function currentImages(tx: Tx, boothId: string) {
  return tx.boothImage.findMany({ where: { boothId }, orderBy: { position: "asc" }, select: imageSelect });
}

/**
 * Adds pictures at the end of the booth's list, all or none: every file is checked by its content before
 * any is stored, and the ones stored are removed again if the booth turns out to be gone or full.
 */
export async function addBoothImages(
  database: Database,
  storage: FileStorage,
  boothId: string,
  uploads: Upload[],
  alt: BoothImageAlt,
  actor: Actor,
): Promise<AddImagesResult> {
  if (uploads.length === 0) return { ok: false, reason: "empty", maxBytes: 0, allowed: [], name: "" };
  for (const upload of uploads) {
    const check = checkUpload(upload.bytes, "booth-image");
    if (!check.ok) return { ...check, name: upload.name };
  }
  const existing = await database.booth.findUnique({ where: { id: boothId }, select: { _count: { select: { images: true } } } });
  if (!existing) return { ok: false, reason: "not-found" };
  if (existing._count.images + uploads.length > MAX_BOOTH_IMAGES) return { ok: false, reason: "too-many" };

  const fileIds: string[] = [];
  const discardStored = () => Promise.all(fileIds.map((id) => deleteStoredFileIfUnused(database, storage, id)));
  for (const upload of uploads) {
    const stored = await storeUpload(database, storage, upload, "booth-image");
    if (!stored.ok) {
      await discardStored();
      return { ...stored, name: upload.name };
    }
    fileIds.push(stored.file.id);
  }
  const result = await database.$transaction(async (tx): Promise<AddImagesResult> => {
    const before = await lockedImages(tx, boothId);
    if (!before) return { ok: false, reason: "not-found" };
    if (before.length + fileIds.length > MAX_BOOTH_IMAGES) return { ok: false, reason: "too-many" };
    await tx.boothImage.createMany({
      data: fileIds.map((fileId, index) => ({
        boothId,
        fileId,
        position: before.length + index,
        alt: alt.alt,
        altEn: alt.altEn,
      })),
    });
    await audit(tx, actor, "booth.images.add", boothId, before, await currentImages(tx, boothId));
    return { ok: true, count: fileIds.length };
  });
  if (!result.ok) await discardStored();
  return result;
}

/** Moves one picture a place up or down the booth's list. */
export async function moveBoothImage(
  database: Database,
  boothId: string,
  fileId: string,
  direction: "up" | "down",
  actor: Actor,
): Promise<ImageChangeResult> {
  return database.$transaction(async (tx): Promise<ImageChangeResult> => {
    const before = await lockedImages(tx, boothId);
    if (!before?.some((image) => image.fileId === fileId)) return { ok: false, reason: "not-found" };
    const order = moveOneStep(
      before.map((image) => image.fileId),
      fileId,
      direction,
    );
    if (!order) return { ok: false, reason: "cannot-move" };
    await renumber(tx, boothId, order);
    await audit(tx, actor, "booth.images.reorder", boothId, before, await currentImages(tx, boothId));
    return { ok: true };
  });
}

/** Changes the alternative text of one picture. */
export async function updateBoothImageAlt(
  database: Database,
  boothId: string,
  fileId: string,
  alt: BoothImageAlt,
  actor: Actor,
): Promise<ImageChangeResult> {
  return database.$transaction(async (tx): Promise<ImageChangeResult> => {
    const before = await lockedImages(tx, boothId);
    if (!before?.some((image) => image.fileId === fileId)) return { ok: false, reason: "not-found" };
    await tx.boothImage.update({ where: { boothId_fileId: { boothId, fileId } }, data: alt });
    await audit(tx, actor, "booth.images.alt", boothId, before, await currentImages(tx, boothId));
    return { ok: true };
  });
}

/** Takes a picture off the booth, closes the gap in the order, then deletes the file if nothing else uses it. */
export async function removeBoothImage(
  database: Database,
  storage: FileStorage,
  boothId: string,
  fileId: string,
  actor: Actor,
): Promise<ImageChangeResult> {
  const result = await database.$transaction(async (tx): Promise<ImageChangeResult> => {
    const before = await lockedImages(tx, boothId);
    if (!before?.some((image) => image.fileId === fileId)) return { ok: false, reason: "not-found" };
    await tx.boothImage.delete({ where: { boothId_fileId: { boothId, fileId } } });
    const remaining = before.map((image) => image.fileId).filter((id) => id !== fileId);
    await renumber(tx, boothId, remaining);
    await audit(tx, actor, "booth.images.remove", boothId, before, await currentImages(tx, boothId));
    return { ok: true };
  });
  if (result.ok) await deleteStoredFileIfUnused(database, storage, fileId);
  return result;
}
