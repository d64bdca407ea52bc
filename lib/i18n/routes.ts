// How public URLs reach the pages under app/[locale], as next.config.ts routes (redirects and rewrites).
// Next's router matches them itself: running proxy.ts costs as much CPU per request as serving a cached
// page, so the proxy runs only for pages rendered per request (nonce pages and filtered listings).
// Imported by next.config.ts: relative imports only.
import { defaultLocale, locales } from "./config";

/** `/vi/…` is the Vietnamese page's internal name: its address has no prefix (a 308 to it). */
export const localeRedirects = [
  { source: `/${defaultLocale}`, destination: "/", permanent: true },
  { source: `/${defaultLocale}/:path*`, destination: "/:path*", permanent: true },
];

/**
 * After the file system (so the app's own files, public/ and `/en/…` pages are served as they are): every
 * other unprefixed path is the Vietnamese page of the same name. As few rules as possible: Next matches
 * every rewrite again, compiling its pattern anew, for each page it serves.
 */
export const localeRewrites = {
  beforeFiles: [],
  afterFiles: [
    { source: "/", destination: `/${defaultLocale}` },
    { source: `/:path((?!(?:${locales.join("|")})(?:/|$)|api/|_next/).+)`, destination: `/${defaultLocale}/:path` },
  ],
  fallback: [],
};
