import { isNotModified } from "@/lib/http/cache";
import { notFoundJson } from "@/lib/http/json";
import { generatedDocumentName } from "@/lib/media/paths";
import { getFactSheetPdf } from "@/lib/media/queries";

// The one-page fact sheet of an edition (`?lang=en` for English), generated from its data: rendered
// once per version of what it shows and served from memory with a strong ETag, like the programme.
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }) {
  const { year } = await params;
  if (!/^\d{4}$/.test(year)) return notFoundJson("Unknown edition");
  const locale = new URL(request.url).searchParams.get("lang") === "en" ? "en" : "vi";
  const pdf = await getFactSheetPdf(Number(year), locale);
  if (!pdf) return notFoundJson("Unknown edition");
  const headers = {
    "Content-Disposition": `attachment; filename="${generatedDocumentName("factSheet", Number(year), locale)}"`,
    "Cache-Control": "public, max-age=300",
    ETag: pdf.etag,
  };
  if (isNotModified(request.headers, pdf.etag, null)) return new Response(null, { status: 304, headers });
  return new Response(pdf.body.slice(), { headers: { ...headers, "Content-Type": "application/pdf" } });
}
