import { isLocale, localizedPath } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";

// The web app manifest of a delegate's ticket page, so that a phone can put it on its home screen.
// It names nobody: the ticket page itself is what holds the person's details.
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; token: string }> }) {
  const { locale, token } = await params;
  if (!isLocale(locale) || !/^[\w-]{32,}$/.test(token)) return new Response(null, { status: 404 });
  const t = getTranslator(locale, "ticketPage");
  const page = localizedPath(locale, `/my-registration/${token}/ticket`);
  const manifest = {
    id: page,
    name: t("appName"),
    short_name: t("appShortName"),
    lang: locale,
    start_url: page,
    scope: page,
    display: "standalone",
    orientation: "portrait",
    background_color: "#f8fafc",
    theme_color: "#0d3778",
    icons: [{ src: "/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" }],
  };
  return Response.json(manifest, {
    headers: {
      "content-type": "application/manifest+json; charset=utf-8",
      "cache-control": "private, no-store",
      "referrer-policy": "no-referrer",
    },
  });
}
