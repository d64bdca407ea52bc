import { getProgrammePdf } from "@/lib/agenda/queries";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { isNotModified, latestOf } from "@/lib/http/cache";
import { notFoundJson } from "@/lib/http/json";
import { fingerprint } from "@/lib/http/render-cache";
import { localizedPath } from "@/lib/i18n/config";
import { readPublishedMediaKit, readStorageKeys } from "@/lib/media/data";
import { readPublishedSessionMaterials } from "@/lib/materials/data";
import { mediaKitEntries } from "@/lib/media/kit-archive";
import { zipStream } from "@/lib/media/zip";
import { hasPressMediaAccess } from "@/lib/press/media-access";
import { contentDisposition } from "@/lib/uploads/rules";
import { createFileStorage } from "@/lib/uploads/storage";

// GET /api/v1/editions/{year}/media-kit.zip: every published asset of the edition, its programme and
// the sessions' materials, streamed as one ZIP; `?press=<token>` (an accredited journalist's link) puts full-resolution photos in.
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }) {
  const { year } = await params;
  if (!/^\d{4}$/.test(year)) return notFoundJson("Unknown edition");
  const kit = await readPublishedMediaKit(db, Number(year));
  if (!kit) return notFoundJson("Unknown edition");
  const pressToken = new URL(request.url).searchParams.get("press");
  const fullResolution = pressToken ? await hasPressMediaAccess(db, pressToken) : false;
  if (pressToken && !fullResolution) return notFoundJson("Unknown press link");

  const sessions = await readPublishedSessionMaterials(db, kit.edition.id);
  const materials = sessions.flatMap((session) => session.materials);
  const keys = await readStorageKeys(db, [
    ...kit.assets.flatMap((asset) => (asset.file ? [asset.file.id] : [])),
    ...materials.flatMap((material) => (material.file ? [material.file.id] : [])),
  ]);
  const agendaUrl = `${env.PUBLIC_BASE_URL}${localizedPath("vi", `/editions/${year}/agenda`)}`;
  // The programme comes from the same cache as its own download: rendered once per agenda version.
  const pdf = await getProgrammePdf(Number(year), "vi", agendaUrl);
  const programme = pdf ? { name: `chuong-trinh-${year}.pdf`, render: async () => pdf.body.slice() } : null;
  // The archive's bytes follow from these alone (stored files never change under their key), so their
  // fingerprint is a strong ETag: a client or proxy holding this version gets 304 and nothing is read.
  const now = latestOf([...kit.assets, ...materials].map((item) => item.createdAt)) ?? new Date(Date.UTC(Number(year), 0, 1));
  const etag = `"${fingerprint({ kit, sessions, keys: [...keys], fullResolution, programme: pdf?.etag ?? null, now })}"`;
  const headers = {
    "Content-Disposition": contentDisposition(`bo-tu-lieu-bao-chi-${year}.zip`, "attachment"),
    "Cache-Control": fullResolution ? "private, no-store" : "public, max-age=300",
    "X-Content-Type-Options": "nosniff",
    ETag: etag,
  };
  if (isNotModified(request.headers, etag, null)) return new Response(null, { status: 304, headers });
  const entries = mediaKitEntries(kit, createFileStorage(), keys, { fullResolution, programme, now, sessions });
  return new Response(zipStream(entries), { headers: { ...headers, "Content-Type": "application/zip" } });
}
