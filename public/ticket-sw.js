// A delegate's ticket on their phone. Registered with the ticket page's own address as its scope
// (/my-registration/<token>/ticket), so it sees nothing else. It keeps that page and the app's static
// files, so the ticket and its QR code open at the door with no network; the page is fetched again
// whenever there is one, and dropped from the phone once the server no longer knows the registration
// (cancelled, erased).

const CACHE = "qn-ticket-v1";
const STATIC_PREFIX = "/_next/static/";
/** Past this, the hall's weak network counts as none and the kept ticket opens. */
const NETWORK_TIMEOUT_MS = 4000;

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

function isTicketPage(url) {
  return url.origin === self.location.origin && /^(\/en)?\/my-registration\/[^/]+\/ticket\/?$/.test(url.pathname);
}

function withTimeout(promise) {
  return Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), NETWORK_TIMEOUT_MS))]);
}

function isKeepable(response) {
  return response.ok && response.type === "basic" && !response.redirected;
}

async function ticketPage(request) {
  const cache = await caches.open(CACHE);
  const key = new URL(request.url).pathname;
  const network = fetch(request);
  network.catch(() => undefined);
  try {
    const response = await withTimeout(network);
    if (isKeepable(response)) await cache.put(key, response.clone());
    else if (response.status === 404 || response.status === 410) await cache.delete(key);
    return response;
  } catch {
    return (await cache.match(key)) ?? network;
  }
}

/** Static files have content-hashed names: a kept copy never goes stale. */
async function staticFile(request) {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(request, { ignoreVary: true });
  if (kept) return kept;
  const response = await fetch(request);
  if (isKeepable(response)) await cache.put(request, response.clone());
  return response;
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (isTicketPage(url)) event.respondWith(ticketPage(request));
  else if (url.origin === self.location.origin && url.pathname.startsWith(STATIC_PREFIX)) event.respondWith(staticFile(request));
});

/** The static files a page refers to, as its HTML names them. */
function assetsIn(html) {
  return Array.from(html.matchAll(/\/_next\/static\/[^"'\s\\)<>]+/g), (match) => match[0]);
}

/** Keeps the ticket page and every static file it needs; a file that fails is fetched on next use. */
async function keepTicket(page, loaded) {
  if (!isTicketPage(new URL(page, self.location.origin))) return false;
  const cache = await caches.open(CACHE);
  const response = await fetch(page, { credentials: "same-origin", redirect: "manual", cache: "no-store" });
  if (!isKeepable(response)) return false;
  const html = await response.clone().text();
  await cache.put(page, response);
  const wanted = new Set([...loaded, ...assetsIn(html)].filter((asset) => asset.startsWith(STATIC_PREFIX)));
  await Promise.all(Array.from(wanted, (asset) => cache.match(asset, { ignoreVary: true }).then((kept) => kept ?? cache.add(asset)).catch(() => undefined)));
  return true;
}

// The page asks, once the worker is active, to keep itself and what it loaded before the worker ran.
self.addEventListener("message", (event) => {
  const data = event.data;
  const port = event.ports[0];
  if (!port || data?.type !== "keep-ticket" || typeof data.page !== "string" || !Array.isArray(data.assets)) return;
  event.waitUntil(
    keepTicket(data.page, data.assets.filter((asset) => typeof asset === "string")).then(
      (ok) => port.postMessage({ ok }),
      () => port.postMessage({ ok: false }),
    ),
  );
});
