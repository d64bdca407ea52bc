import { NextResponse, type NextRequest } from "next/server";
import { filteredAgendaRewrite } from "@/lib/agenda/paths";
import { filteredExhibitionRewrite } from "@/lib/exhibition/paths";
import { needsNonce, noncePolicy } from "@/lib/http/content-security";
import { defaultLocale, isLocale } from "@/lib/i18n/config";

/**
 * Runs only for pages rendered per request (see the matcher), and maps their locale itself: a rewrite of
 * next.config.ts tells the client router, on a client-side navigation, that the page was rendered for an
 * empty query string (its destination has none), so a page that reads its query (a filter, a question to
 * confirm) would be shown from the router's cache as if it had none; the proxy's rewrite keeps the query.
 * An agenda or exhibition URL with filters goes to its dynamic `filtered` sibling, so that the bare listing
 * stays static; pages that take input or show a person's data get a fresh nonce (Next reads it from the
 * request's policy and puts it on its scripts). Every other page gets its locale from next.config.ts's
 * rewrites (lib/i18n/routes.ts) and the static pages' policy from next.config.ts.
 */
export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const first = pathname.split("/")[1];
  const internal = isLocale(first) ? pathname : `/${defaultLocale}${pathname === "/" ? "" : pathname}`;
  const url = request.nextUrl.clone();
  url.pathname = filteredAgendaRewrite(internal, searchParams) ?? filteredExhibitionRewrite(internal, searchParams) ?? internal;
  if (!needsNonce(pathname)) return NextResponse.rewrite(url);
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = noncePolicy(nonce);
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  const response = NextResponse.rewrite(url, { request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [
    // The sections holding the nonce pages (lib/http/content-security.ts decides within them), in both
    // languages. Signed links such as /invitation/QN1.x.y contain dots: nothing here skips "file names".
    "/((?:en/)?(?:admin|register/delegation|my-registration|my-delegation|invitation|bao-chi/tu-lieu)(?:/.*)?)",
    // A listing with any of its filter keys (AGENDA_FILTER_KEYS, BOOTH_FILTER_KEYS): literal values only,
    // as Next reads them at build time (tests/unit/http/proxy-matcher.test.ts checks they agree).
    { source: "/((?:en/)?(?:editions/\\d{4}/)?agenda)", has: [{ type: "query", key: "q" }] },
    { source: "/((?:en/)?(?:editions/\\d{4}/)?agenda)", has: [{ type: "query", key: "day" }] },
    { source: "/((?:en/)?(?:editions/\\d{4}/)?agenda)", has: [{ type: "query", key: "venue" }] },
    { source: "/((?:en/)?(?:editions/\\d{4}/)?agenda)", has: [{ type: "query", key: "type" }] },
    { source: "/((?:en/)?(?:editions/\\d{4}/)?agenda)", has: [{ type: "query", key: "lead" }] },
    { source: "/((?:en/)?(?:editions/\\d{4}/)?exhibition)", has: [{ type: "query", key: "q" }] },
    { source: "/((?:en/)?(?:editions/\\d{4}/)?exhibition)", has: [{ type: "query", key: "category" }] },
  ],
};
