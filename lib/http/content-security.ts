// The Content-Security-Policy of every page (proxy.ts sets it) and of every route handler (next.config.ts).
// A nonce needs a page rendered per request: pages rendered per request that take input or show a
// person's data (admin, forms, token pages) get a fresh nonce with 'strict-dynamic'; statically rendered
// public pages, where one HTML serves everyone, get the strictest policy Next's inline bootstrap allows.

/**
 * Pages rendered per request that must carry a nonce policy, kept in step with the build's route list
 * (ƒ): a statically rendered page under a nonce policy would have every script blocked. The manage
 * page is the one with a token (43 characters); its siblings (`send-link`, `deleted`) are static.
 */
const NONCE_PAGES = /^\/(?:en\/)?(?:admin(?:\/|$)|register\/delegation(?:\/|$)|my-registration\/[\w-]{32,}(?:\/|$)|my-delegation\/[\w-]{32,}(?:\/|$)|my-registration\/confirm-email(?:\/|$)|invitation\/|bao-chi\/tu-lieu(?:\/|$))/;

const isDevelopment = process.env.NODE_ENV === "development";

function policy(scriptSources: string): string {
  return [
    "default-src 'self'",
    `script-src ${scriptSources}${isDevelopment ? " 'unsafe-eval'" : ""}`,
    // React's style attributes and Next's inline styles: no script can run from a style.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${isDevelopment ? " ws: wss:" : ""}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "media-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join("; ");
}

export function needsNonce(pathname: string): boolean {
  return NONCE_PAGES.test(pathname);
}

export function noncePolicy(nonce: string): string {
  return policy(`'self' 'nonce-${nonce}' 'strict-dynamic'`);
}

export const STATIC_PAGE_POLICY = policy("'self' 'unsafe-inline'");

/** JSON, feeds, files: nothing in them may run or be framed. */
export const ROUTE_HANDLER_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
