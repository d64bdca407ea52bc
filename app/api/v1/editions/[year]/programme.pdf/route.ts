import { listEditionSessions } from "@/lib/agenda/queries";
import { renderProgrammePdf } from "@/lib/agenda/programme-pdf";
import { env } from "@/lib/env";
import { notFoundJson } from "@/lib/http/json";
import { localizedPath } from "@/lib/i18n/config";

// The printable programme of an edition (issue 3): `?lang=en` for English.
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ year: string }> }) {
  const { year } = await params;
  if (!/^\d{4}$/.test(year)) return notFoundJson("Unknown edition");
  const listing = await listEditionSessions(Number(year));
  if (!listing) return notFoundJson("Unknown edition");
  const locale = new URL(request.url).searchParams.get("lang") === "en" ? "en" : "vi";
  const agendaUrl = `${env.PUBLIC_BASE_URL}${localizedPath(locale, `/editions/${year}/agenda`)}`;
  const pdf = await renderProgrammePdf({ ...listing, locale, agendaUrl });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${locale === "en" ? "programme" : "chuong-trinh"}-${year}.pdf"`,
      "Cache-Control": "public, max-age=300",
    },
  });
}
