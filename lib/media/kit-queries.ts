import type { Database } from "@/lib/db-client";
import type { MediaAssetKind } from "@/lib/generated/prisma/enums";
import { currentEdition } from "@/lib/editions/current-queries";
import { editionsFor } from "@/lib/editions/rules";

// Reads of the media kit; `database` is a parameter so that the ZIP test runs on its own database.

export type MediaFile = {
  id: string;
  originalName: string;
  mimeType: string;
  sizeBytes: number;
  width: number | null;
  height: number | null;
  hasThumbnail: boolean;
  /** Whether a web-size copy exists: the original is then a full-resolution photo. */
  hasWebCopy: boolean;
};

export type MediaAssetView = {
  id: string;
  kind: MediaAssetKind;
  title: string;
  titleEn: string | null;
  description: string;
  url: string | null;
  isPublished: boolean;
  createdAt: Date;
  file: MediaFile | null;
};

export type MediaKit = { edition: { id: string; year: number; name: string; nameEn: string | null }; assets: MediaAssetView[] };

const assetSelect = {
  id: true,
  kind: true,
  title: true,
  titleEn: true,
  description: true,
  url: true,
  isPublished: true,
  createdAt: true,
  file: {
    select: {
      id: true,
      originalName: true,
      mimeType: true,
      sizeBytes: true,
      width: true,
      height: true,
      thumbnailKey: true,
      webKey: true,
    },
  },
} as const;

type AssetRow = {
  file: (Omit<MediaFile, "hasThumbnail" | "hasWebCopy"> & { thumbnailKey: string | null; webKey: string | null }) | null;
} & Omit<MediaAssetView, "file">;

function toView({ file, ...asset }: AssetRow): MediaAssetView {
  if (!file) return { ...asset, file: null };
  const { thumbnailKey, webKey, ...rest } = file;
  return { ...asset, file: { ...rest, hasThumbnail: thumbnailKey !== null, hasWebCopy: webKey !== null } };
}

const ORDER = [{ kind: "asc" as const }, { position: "asc" as const }, { createdAt: "asc" as const }];

/** The published assets of a public edition, in the kit's order; null when the edition is not public. */
export async function readPublishedMediaKit(database: Database, year: number): Promise<MediaKit | null> {
  const edition = await database.edition.findFirst({
    where: { year, ...editionsFor("public") },
    select: { id: true, year: true, name: true, nameEn: true },
  });
  if (!edition) return null;
  const rows = await database.mediaAsset.findMany({
    where: { editionId: edition.id, isPublished: true },
    orderBy: ORDER,
    select: assetSelect,
  });
  return { edition, assets: rows.map(toView) };
}

/** Every asset of the current edition, published or not, for the organisers. */
export async function readMediaForAdmin(database: Database): Promise<MediaKit | null> {
  const edition = await currentEdition(database, "admin");
  if (!edition) return null;
  const rows = await database.mediaAsset.findMany({ where: { editionId: edition.id }, orderBy: ORDER, select: assetSelect });
  return { edition, assets: rows.map(toView) };
}

/** Where the bytes of these files are stored, for the kit's ZIP (never shown to visitors). */
export async function readStorageKeys(
  database: Database,
  fileIds: readonly string[],
): Promise<Map<string, { storageKey: string; webKey: string | null }>> {
  const rows = await database.storedFile.findMany({
    where: { id: { in: [...fileIds] } },
    select: { id: true, storageKey: true, webKey: true },
  });
  return new Map(rows.map(({ id, ...keys }) => [id, keys]));
}
