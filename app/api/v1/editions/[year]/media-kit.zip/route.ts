import { listEditionSessions } from "@/lib/agenda/queries";
import { renderProgrammePdf } from "@/lib/agenda/programme-pdf";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { notFoundJson } from "@/lib/http/json";
import { localizedPath } from "@/lib/i18n/config";
import { readPublishedMediaKit, readStorageKeys } from "@/lib/media/data";
import { mediaKitEntries } from "@/lib/media/kit-archive";
import { zipStream } from "@/lib/media/zip";
import { hasPressMediaAccess } from "@/lib/press/media-access";
import { contentDisposition } from "@/lib/uploads/rules";
import { createFileStorage } from "@/lib/uploads/storage";

// GET /api/v1/editions/{year}/media-kit.zip: every published asset of the edition and its programme,
// streamed as one ZIP; `?press=<token>` (an accredited journalist's link) puts full-resolution photos in.
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }) {
  const { year } = await params;
  if (!/^\d{4}$/.test(year)) return notFoundJson("Unknown edition");
  const kit = await readPublishedMediaKit(db, Number(year));
  if (!kit) return notFoundJson("Unknown edition");
  const pressToken = new URL(request.url).searchParams.get("press");
  const fullResolution = pressToken ? await hasPressMediaAccess(db, pressToken) : false;
  if (pressToken && !fullResolution) return notFoundJson("Unknown press link");

  const keys = await readStorageKeys(
    db,
    kit.assets.flatMap((asset) => (asset.file ? [asset.file.id] : [])),
  );
  const programme = {
    name: `chuong-trinh-${year}.pdf`,
    render: async () => {
      const listing = await listEditionSessions(Number(year));
      if (!listing) return new Uint8Array();
      const agendaUrl = `${env.PUBLIC_BASE_URL}${localizedPath("vi", `/editions/${year}/agenda`)}`;
      return new Uint8Array(await renderProgrammePdf({ ...listing, locale: "vi", agendaUrl }));
    },
  };
  const entries = mediaKitEntries(kit, createFileStorage(), keys, { fullResolution, programme, now: new Date() });
  return new Response(zipStream(entries), {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": contentDisposition(`bo-tu-lieu-bao-chi-${year}.zip`, "attachment"),
      "Cache-Control": fullResolution ? "private, no-store" : "public, max-age=300",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
