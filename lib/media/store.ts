import "server-only";
import { recordAudit, type Actor } from "@/lib/audit/store";
import type { Database } from "@/lib/db-client";
import { DomainError } from "@/lib/errors";
import { deleteStoredFileIfUnused, storeUpload, type UploadResult } from "@/lib/uploads/store";
import type { FileStorage } from "@/lib/uploads/storage";
import type { MediaAssetInput, MediaDetailsInput } from "./schema";
import { currentEdition } from "@/lib/editions/current-queries";

// Writes of the media kit. Each change and its audit record are committed together.

type CreateResult = { ok: true; id: string } | Extract<UploadResult, { ok: false }> | { ok: false; reason: "no-edition" };


/** A new asset of the current edition: an uploaded file, or for a video an https link. */
export async function createMediaAsset(
  database: Database,
  storage: FileStorage,
  input: MediaAssetInput,
  upload: { name: string; bytes: Uint8Array } | null,
  actor: Actor,
): Promise<CreateResult> {
  const editionId = (await currentEdition(database, "admin"))?.id;
  if (!editionId) return { ok: false, reason: "no-edition" };
  let fileId: string | null = null;
  if (input.kind !== "VIDEO_LINK") {
    const stored = await storeUpload(database, storage, upload ?? { name: "", bytes: new Uint8Array() }, input.kind);
    if (!stored.ok) return stored;
    fileId = stored.file.id;
  }
  const position = await database.mediaAsset.count({ where: { editionId, kind: input.kind } });
  return database.$transaction(async (tx) => {
    const asset = await tx.mediaAsset.create({
      data: {
        editionId,
        kind: input.kind,
        title: input.title,
        titleEn: input.titleEn,
        description: input.description,
        url: input.kind === "VIDEO_LINK" ? input.url : null,
        fileId,
        isPublished: input.publish,
        position,
      },
    });
    await recordAudit(tx, {
      userId: actor.userId,
      ip: actor.ip,
      action: "media.create",
      entityType: "MediaAsset",
      entityId: asset.id,
      after: asset,
    });
    return { ok: true as const, id: asset.id };
  });
}

export async function setMediaAssetPublished(database: Database, id: string, published: boolean, actor: Actor): Promise<void> {
  await database.$transaction(async (tx) => {
    const before = await tx.mediaAsset.findUnique({ where: { id } });
    if (!before) throw new DomainError("NOT_FOUND", "media asset not found");
    const after = await tx.mediaAsset.update({ where: { id }, data: { isPublished: published } });
    await recordAudit(tx, {
      userId: actor.userId,
      ip: actor.ip,
      action: published ? "media.publish" : "media.unpublish",
      entityType: "MediaAsset",
      entityId: id,
      before,
      after,
    });
  });
}

/** Changes an asset's title, English title and description. */
export async function updateMediaAssetDetails(database: Database, input: MediaDetailsInput, actor: Actor): Promise<void> {
  const { id, ...details } = input;
  await database.$transaction(async (tx) => {
    const before = await tx.mediaAsset.findUnique({ where: { id } });
    if (!before) throw new DomainError("NOT_FOUND", "media asset not found");
    const after = await tx.mediaAsset.update({ where: { id }, data: details });
    await recordAudit(tx, {
      userId: actor.userId,
      ip: actor.ip,
      action: "media.update",
      entityType: "MediaAsset",
      entityId: id,
      before,
      after,
    });
  });
}

/** Removes the asset, then its file when nothing else uses it. */
export async function deleteMediaAsset(database: Database, storage: FileStorage, id: string, actor: Actor): Promise<void> {
  const before = await database.$transaction(async (tx) => {
    const asset = await tx.mediaAsset.findUnique({ where: { id } });
    if (!asset) throw new DomainError("NOT_FOUND", "media asset not found");
    await tx.mediaAsset.delete({ where: { id } });
    await recordAudit(tx, {
      userId: actor.userId,
      ip: actor.ip,
      action: "media.delete",
      entityType: "MediaAsset",
      entityId: id,
      before: asset,
    });
    return asset;
  });
  if (before.fileId) await deleteStoredFileIfUnused(database, storage, before.fileId);
}
