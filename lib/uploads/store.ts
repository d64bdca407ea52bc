import { logger } from "@/lib/log";
import "server-only";
import { createHash, randomUUID } from "node:crypto";
import type { Database } from "@/lib/db-client";
import { UPLOAD_TYPES, type UploadType } from "./detect";
import { makeImageCopies } from "./images";
import { checkUpload, type UploadCheck, type UploadPurpose } from "./rules";
import type { FileStorage } from "./storage";
const log = logger("uploads");

// An upload becomes a stored file: checked by content, written under a generated key (never the
// uploader's name), with its copies for raster images, then recorded in stored_files.

type StoredUpload = { id: string; mimeType: string; sizeBytes: number };
export type UploadResult = { ok: true; file: StoredUpload } | Extract<UploadCheck, { ok: false }>;

/** `2025/11/<uuid>.pdf`: spread over folders by month, unguessable, with the extension of the real type. */
function generateKey(type: UploadType, suffix = ""): string {
  const now = new Date();
  const month = String(now.getUTCMonth() + 1).padStart(2, "0");
  return `${now.getUTCFullYear()}/${month}/${randomUUID()}${suffix}.${UPLOAD_TYPES[type].extension}`;
}

export async function storeUpload(
  database: Database,
  storage: FileStorage,
  upload: { name: string; bytes: Uint8Array },
  purpose: UploadPurpose,
): Promise<UploadResult> {
  const check = checkUpload(upload.bytes, purpose);
  if (!check.ok) return check;
  const { type } = check;
  const mimeType = UPLOAD_TYPES[type].mimeType;
  const copies = await makeImageCopies(upload.bytes, type).catch((error: unknown) => {
    // A file that starts like a PNG or JPEG but does not decode is not an image we should publish.
    log.warn({ err: error }, "an image could not be decoded");
    return "broken" as const;
  });
  if (copies === "broken") return { ok: false, reason: "wrong-type", maxBytes: 0, allowed: [] };

  const key = generateKey(type);
  const thumbnailKey = copies ? key.replace(/\.\w+$/, "-thumb.jpg") : null;
  const webKey = copies?.web ? key.replace(/\.\w+$/, "-web.jpg") : null;
  await storage.put(key, upload.bytes, mimeType);
  if (copies && thumbnailKey) await storage.put(thumbnailKey, copies.thumbnail, "image/jpeg");
  if (copies?.web && webKey) await storage.put(webKey, copies.web, "image/jpeg");

  const file = await database.storedFile.create({
    data: {
      storageKey: key,
      originalName: upload.name.normalize("NFC").slice(0, 200) || "tep",
      mimeType,
      sizeBytes: upload.bytes.length,
      sha256: createHash("sha256").update(upload.bytes).digest("hex"),
      width: copies?.width ?? null,
      height: copies?.height ?? null,
      thumbnailKey,
      webKey,
    },
    select: { id: true, mimeType: true, sizeBytes: true },
  });
  return { ok: true, file };
}

/** Removes a stored file's bytes and its record; the caller has checked that nothing uses it any more. */
async function deleteStoredFile(database: Database, storage: FileStorage, fileId: string): Promise<void> {
  const file = await database.storedFile.delete({ where: { id: fileId } });
  for (const key of [file.storageKey, file.thumbnailKey, file.webKey]) if (key) await storage.delete(key);
}

/** Removes a stored file once no media asset, booth image, speaker or session material refers to it any more. */
export async function deleteStoredFileIfUnused(database: Database, storage: FileStorage, fileId: string): Promise<void> {
  const users = await database.storedFile.findUnique({
    where: { id: fileId },
    select: { _count: { select: { mediaAssets: true, boothImages: true, speakers: true, materials: true } } },
  });
  const count = users?._count;
  if (count && count.mediaAssets + count.boothImages + count.speakers + count.materials === 0) await deleteStoredFile(database, storage, fileId);
}
