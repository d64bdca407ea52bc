import { getProgrammePdf } from "@/lib/agenda/queries";
import { env } from "@/lib/env";
import { isNotModified } from "@/lib/http/cache";
import { notFoundJson } from "@/lib/http/json";
import { localizedPath } from "@/lib/i18n/config";
import { generatedDocumentName } from "@/lib/media/paths";

// The printable programme of an edition: `?lang=en` for English. Rendered once per version of the
// agenda and served from memory after that, with a strong ETag: a flood of downloads costs one rendering.
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }) {
  const { year } = await params;
  if (!/^\d{4}$/.test(year)) return notFoundJson("Unknown edition");
  const locale = new URL(request.url).searchParams.get("lang") === "en" ? "en" : "vi";
  const agendaUrl = `${env.PUBLIC_BASE_URL}${localizedPath(locale, `/editions/${year}/agenda`)}`;
  const pdf = await getProgrammePdf(Number(year), locale, agendaUrl);
  if (!pdf) return notFoundJson("Unknown edition");
  const headers = {
    "Content-Disposition": `attachment; filename="${generatedDocumentName("programme", Number(year), locale)}"`,
    "Cache-Control": "public, max-age=300",
    ETag: pdf.etag,
  };
  if (isNotModified(request.headers, pdf.etag, null)) return new Response(null, { status: 304, headers });
  return new Response(pdf.body.slice(), { headers: { ...headers, "Content-Type": "application/pdf" } });
}
