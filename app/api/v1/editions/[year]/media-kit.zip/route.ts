import { getProgrammePdf } from "@/lib/agenda/queries";
import { env } from "@/lib/env";
import { isNotModified, latestOf } from "@/lib/http/cache";
import { notFoundJson } from "@/lib/http/json";
import { fingerprint } from "@/lib/http/render-cache";
import { localizedPath } from "@/lib/i18n/config";
import { mediaKitEntries, type GeneratedDocument } from "@/lib/media/kit-archive";
import { mediaKitArchive } from "@/lib/media/kit-archive-cache";
import { generatedDocumentName } from "@/lib/media/paths";
import { getFactSheetPdf, getKitSessionMaterials, getPublishedMediaKit, getStorageKeys } from "@/lib/media/queries";
import { zipStream } from "@/lib/media/zip";
import { hasPressAccess } from "@/lib/press/queries";
import { contentDisposition } from "@/lib/uploads/rules";
import { createFileStorage } from "@/lib/uploads/storage";

// GET /api/v1/editions/{year}/media-kit.zip: every published asset of the edition, its fact sheet and
// programme in both languages and the sessions' materials, as one ZIP built once per version (see
// kit-archive-cache.ts); `?press=<token>` (an accredited journalist's link) puts full-resolution photos in.
export const dynamic = "force-dynamic";

/**
 * The fact sheets and programmes, from the same caches as their own downloads: rendered once per
 * version of what they show, however many archives are asked for.
 */
async function generatedDocuments(year: number): Promise<(GeneratedDocument & { etag: string })[]> {
  const documents: (GeneratedDocument & { etag: string })[] = [];
  for (const locale of ["vi", "en"] as const) {
    const agendaUrl = `${env.PUBLIC_BASE_URL}${localizedPath(locale, `/editions/${year}/agenda`)}`;
    const [factSheet, programme] = await Promise.all([getFactSheetPdf(year, locale), getProgrammePdf(year, locale, agendaUrl)]);
    if (factSheet) documents.push({ kind: "FACT_SHEET", name: generatedDocumentName("factSheet", year, locale), etag: factSheet.etag, render: async () => factSheet.body.slice() });
    if (programme) documents.push({ kind: "PROGRAMME", name: generatedDocumentName("programme", year, locale), etag: programme.etag, render: async () => programme.body.slice() });
  }
  return documents;
}

export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }) {
  const { year } = await params;
  if (!/^\d{4}$/.test(year)) return notFoundJson("Unknown edition");
  const kit = await getPublishedMediaKit(Number(year));
  if (!kit) return notFoundJson("Unknown edition");
  const pressToken = new URL(request.url).searchParams.get("press");
  const fullResolution = pressToken ? await hasPressAccess(pressToken) : false;
  if (pressToken && !fullResolution) return notFoundJson("Unknown press link");

  const sessions = await getKitSessionMaterials(kit.edition.id);
  const materials = sessions.flatMap((session) => session.materials);
  const keys = await getStorageKeys([
    ...kit.assets.flatMap((asset) => (asset.file ? [asset.file.id] : [])),
    ...materials.flatMap((material) => (material.file ? [material.file.id] : [])),
  ]);
  const documents = await generatedDocuments(Number(year));
  // The archive's bytes follow from these alone (stored files never change under their key), so their
  // fingerprint is a strong ETag: a client or proxy holding this version gets 304 and nothing is read.
  const now = latestOf([...kit.assets, ...materials].map((item) => item.createdAt)) ?? new Date(Date.UTC(Number(year), 0, 1));
  const etag = `"${fingerprint({ kit, sessions, keys: [...keys], fullResolution, documents: documents.map((document) => document.etag), now })}"`;
  const headers = {
    "Content-Disposition": contentDisposition(`bo-tu-lieu-bao-chi-${year}.zip`, "attachment"),
    "Cache-Control": fullResolution ? "private, no-store" : "public, max-age=300",
    "X-Content-Type-Options": "nosniff",
    ETag: etag,
  };
  if (isNotModified(request.headers, etag, null)) return new Response(null, { status: 304, headers });
  const files = [...kit.assets.map((asset) => asset.file?.sizeBytes ?? 0), ...materials.map((material) => material.file?.sizeBytes ?? 0)];
  const estimatedBytes = files.reduce((sum, size) => sum + size, 0);
  const body = await mediaKitArchive(etag, estimatedBytes, () =>
    zipStream(mediaKitEntries(kit, createFileStorage(), keys, { fullResolution, documents, now, sessions })),
  );
  // A kept archive is copied per answer: a response body must not share memory with the cache.
  return new Response(body instanceof Uint8Array ? body.slice() : body, { headers: { ...headers, "Content-Type": "application/zip" } });
}
