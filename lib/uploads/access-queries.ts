import "server-only";
import type { Database } from "@/lib/db-client";
import type { FileVariant, ServableFile } from "./serve";
import { editionsFor } from "@/lib/editions/rules";

// Which stored files anybody may download: the images of a published booth, the files of a
// published media asset and the materials of a published session, all in a public edition.
// Everything else (drafts, files an organiser has uploaded but not published) answers as if it did
// not exist, except to the organisers who edit them.

const PUBLIC_EDITION = editionsFor("public");

const servableSelect = {
  storageKey: true,
  thumbnailKey: true,
  webKey: true,
  originalName: true,
  mimeType: true,
  sizeBytes: true,
  sha256: true,
} as const;

/**
 * The file if this variant of it is public. Full-resolution photos (those large enough to have a web
 * copy) are for accredited journalists: `pressAccess` says the request carries a valid press link.
 */
export async function findServableFile(
  database: Database,
  id: string,
  variant: FileVariant,
  pressAccess: boolean,
): Promise<ServableFile | null> {
  const file = await database.storedFile.findUnique({
    where: { id },
    select: {
      ...servableSelect,
      boothImages: { where: { booth: { status: "PUBLISHED", edition: PUBLIC_EDITION } }, take: 1, select: { fileId: true } },
      mediaAssets: { where: { isPublished: true, edition: PUBLIC_EDITION }, select: { kind: true } },
      materials: { where: { session: { status: "PUBLISHED", edition: PUBLIC_EDITION } }, take: 1, select: { id: true } },
    },
  });
  if (!file) return null;
  const { boothImages, mediaAssets, materials, ...servable } = file;
  if (boothImages.length > 0 || materials.length > 0) return servable;
  if (mediaAssets.length === 0) return null;
  const isFullResolutionPhoto =
    variant === "original" && file.webKey !== null && mediaAssets.every((asset) => asset.kind === "PHOTO");
  return isFullResolutionPhoto && !pressAccess ? null : servable;
}

/** Any stored file, for a signed-in editor previewing pictures of a draft booth or an unpublished asset. */
export function findFileForEditor(database: Database, id: string): Promise<ServableFile | null> {
  return database.storedFile.findUnique({ where: { id }, select: servableSelect });
}
