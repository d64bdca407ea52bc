import { createHash } from "node:crypto";

/**
 * Public feeds: cacheable by browsers and proxies for five minutes, served stale for a while longer
 * while a fresh copy is fetched, validated with an ETag (a hash of the body, so any visible change —
 * even a renamed venue that bumps no session — yields a new one) and Last-Modified.
 */
export const FEED_CACHE_CONTROL = "public, max-age=300, stale-while-revalidate=3600";

/** Feeds are read by other sites' scripts and by calendar and schedule apps: any origin may GET them. */
const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "If-None-Match, If-Modified-Since",
  // Last-Modified is readable cross-origin by default; ETag is not.
  "Access-Control-Expose-Headers": "ETag",
  "Access-Control-Max-Age": "86400",
} as const;

type Representation = {
  body: string;
  contentType: string;
  /** Latest change of what the body shows; null when nothing says. */
  lastModified: Date | null;
  headers?: Record<string, string>;
};

/** A strong entity tag of the exact bytes served. */
export function entityTag(body: string): string {
  return `"${createHash("sha256").update(body, "utf8").digest("base64url").slice(0, 32)}"`;
}

/** Adds the CORS headers to any response of a public feed, errors included, so that scripts can read them. */
export function withCors(response: Response): Response {
  for (const [name, value] of Object.entries(CORS_HEADERS)) response.headers.set(name, value);
  return response;
}

/** The answer to a CORS preflight (a cross-origin GET that sends If-None-Match triggers one). */
export function preflightResponse(): Response {
  return withCors(new Response(null, { status: 204, headers: { Allow: "GET, HEAD, OPTIONS" } }));
}

/**
 * The feed's response to a GET: 304 without a body when the client's copy is still current
 * (RFC 9110 §13.2.2: If-None-Match wins over If-Modified-Since), otherwise 200 with the body.
 */
export function conditionalResponse(request: Request, representation: Representation): Response {
  const etag = entityTag(representation.body);
  const headers = new Headers(representation.headers);
  headers.set("ETag", etag);
  headers.set("Cache-Control", FEED_CACHE_CONTROL);
  if (representation.lastModified) headers.set("Last-Modified", representation.lastModified.toUTCString());

  if (isNotModified(request.headers, etag, representation.lastModified)) {
    return withCors(new Response(null, { status: 304, headers }));
  }
  headers.set("Content-Type", representation.contentType);
  return withCors(new Response(representation.body, { status: 200, headers }));
}

export function isNotModified(requestHeaders: Headers, etag: string, lastModified: Date | null): boolean {
  const ifNoneMatch = requestHeaders.get("If-None-Match");
  if (ifNoneMatch !== null) return matchesEntityTag(ifNoneMatch, etag);
  const ifModifiedSince = requestHeaders.get("If-Modified-Since");
  if (ifModifiedSince === null || lastModified === null) return false;
  const since = Date.parse(ifModifiedSince);
  if (Number.isNaN(since)) return false;
  // HTTP dates have whole seconds: compare at that precision, or a copy from the same second looks stale.
  return Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}

/** Weak comparison, as RFC 9110 prescribes for If-None-Match: `W/"x"` matches `"x"`. */
function matchesEntityTag(header: string, etag: string): boolean {
  const candidates = header.split(",").map((tag) => tag.trim().replace(/^W\//, ""));
  return candidates.some((tag) => tag === "*" || tag === etag);
}

/** The latest of several modification times; null when there are none. */
export function latestOf(dates: Iterable<Date>): Date | null {
  let latest: Date | null = null;
  for (const date of dates) if (!latest || date.getTime() > latest.getTime()) latest = date;
  return latest;
}
