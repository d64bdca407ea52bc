import { isLocale, localizedPath } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";

// GET /admin/check-in/manifest (/en/admin/check-in/manifest): the web app manifest that lets a phone
// install the check-in station on its home screen. Its scope is the station only. No personal data.
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response(null, { status: 404 });
  const t = getTranslator(locale, "adminCheckIn");
  const station = localizedPath(locale, "/admin/check-in");
  const manifest = {
    id: station,
    name: t("appName"),
    short_name: t("appShortName"),
    lang: locale,
    start_url: station,
    scope: station,
    display: "standalone",
    orientation: "portrait",
    background_color: "#f8fafc",
    theme_color: "#0d3778",
    icons: [{ src: "/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" }],
  };
  return Response.json(manifest, { headers: { "content-type": "application/manifest+json; charset=utf-8", "cache-control": "public, max-age=3600" } });
}
