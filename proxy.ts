import { NextResponse, type NextRequest } from "next/server";
import { filteredAgendaRewrite } from "@/lib/agenda/paths";
import { filteredExhibitionRewrite } from "@/lib/exhibition/paths";
import { defaultLocale, isLocale } from "@/lib/i18n/config";

/**
 * Vietnamese pages live at unprefixed URLs (`/agenda`) and English ones under `/en`.
 * Internally every page sits under `app/[locale]`, so unprefixed paths are rewritten to the
 * default locale, and an explicit `/vi/...` is redirected to its canonical unprefixed URL.
 * An agenda or exhibition URL with filters goes to its dynamic `filtered` sibling, so that the bare page stays static.
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
  if (target === pathname) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = target;
  return NextResponse.rewrite(url);
}

export const config = {
  // Everything but API routes, Next internals and the static files the app serves (robots.txt,
  // sitemap.xml, icon.svg…). The skipped files are named by extension, not as "anything with a dot":
  // signed links (`/invitation/QN1.<payload>.<signature>`) contain dots, and one in four signatures
  // has no `-` or `_`, so a generic "ends in .<letters>" rule skipped the locale rewrite and 404'd them.
  matcher: ["/((?!api/|_next/|.*\\.(?:txt|xml|svg|ico|png|jpe?g|webp|webmanifest|js|css|map|woff2?)$).*)"],
};
