import { NextResponse, type NextRequest } from "next/server";
import { filteredAgendaRewrite } from "@/lib/agenda/paths";
import { filteredExhibitionRewrite } from "@/lib/exhibition/paths";
import { needsNonce, noncePolicy, STATIC_PAGE_POLICY } from "@/lib/http/content-security";
import { defaultLocale, isLocale } from "@/lib/i18n/config";

/**
 * Vietnamese pages live at unprefixed URLs (`/agenda`) and English ones under `/en`.
 * Internally every page sits under `app/[locale]`, so unprefixed paths are rewritten to the
 * default locale, and an explicit `/vi/...` is redirected to its canonical unprefixed URL.
 * An agenda or exhibition URL with filters goes to its dynamic `filtered` sibling, so that the bare page stays static.
 * Every page gets its Content-Security-Policy here (lib/http/content-security.ts).
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const first = pathname.split("/")[1];
  if (first === defaultLocale) {
    const url = request.nextUrl.clone();
    url.pathname = pathname.slice(defaultLocale.length + 1) || "/";
    return NextResponse.redirect(url, 308);
  }
  const internal = isLocale(first) ? pathname : `/${defaultLocale}${pathname === "/" ? "" : pathname}`;
  const target =
    filteredAgendaRewrite(internal, request.nextUrl.searchParams) ??
    filteredExhibitionRewrite(internal, request.nextUrl.searchParams) ??
    internal;
  const { headers, policy } = contentSecurity(request);
  const url = request.nextUrl.clone();
  url.pathname = target;
  const response = target === pathname ? NextResponse.next({ request: { headers } }) : NextResponse.rewrite(url, { request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

/** A fresh nonce for pages rendered per request (Next reads it from the request's policy and puts it on its scripts). */
function contentSecurity(request: NextRequest): { headers: Headers; policy: string } {
  const headers = new Headers(request.headers);
  if (!needsNonce(request.nextUrl.pathname)) return { headers, policy: STATIC_PAGE_POLICY };
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = noncePolicy(nonce);
  headers.set("Content-Security-Policy", policy);
  return { headers, policy };
}

export const config = {
  // Everything but API routes, Next internals and the static files the app serves (robots.txt,
  // sitemap.xml, icon.svg…). The skipped files are named by extension, not as "anything with a dot":
  // signed links (`/invitation/QN1.<payload>.<signature>`) contain dots, and one in four signatures
  // has no `-` or `_`, so a generic "ends in .<letters>" rule skipped the locale rewrite and 404'd them.
  matcher: ["/((?!api/|_next/|.*\\.(?:txt|xml|svg|ico|png|jpe?g|webp|webmanifest|js|css|map|woff2?)$).*)"],
};
