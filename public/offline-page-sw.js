// The service worker of the pages that must open without a network: the check-in station
// (/admin/check-in) and a delegate's ticket (/my-registration/<token>/ticket). Each page registers it
// with its own address as the scope, so a registration sees that one page and nothing else. It keeps
// the page and the app's static files (code, styles, fonts), never an API answer; the page is fetched
// again whenever there is a network, and dropped from the device once the server no longer gives it
// (the login page instead of the station, an unknown or erased registration instead of the ticket).

const CACHE = "qn-offline-pages-v1";
const STATIC_PREFIX = "/_next/static/";
const OFFLINE_PAGES = [/^(\/en)?\/admin\/check-in\/?$/, /^(\/en)?\/my-registration\/[^/]+\/ticket\/?$/];
/** Past this, a hall's weak Wi-Fi counts as none and the kept page opens. */
const NETWORK_TIMEOUT_MS = 4000;

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

function isOfflinePage(url) {
  return url.origin === self.location.origin && OFFLINE_PAGES.some((pattern) => pattern.test(url.pathname));
}

function withTimeout(promise) {
  return Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), NETWORK_TIMEOUT_MS))]);
}

/** The page itself only: a redirect (to the login page) or an error is never kept. */
function isKeepable(response) {
  return response.ok && response.type === "basic" && !response.redirected;
}

/** The server no longer gives this page to whoever holds the device. */
function isWithdrawn(response) {
  return response.type === "opaqueredirect" || [401, 403, 404, 410].includes(response.status);
}

async function offlinePage(request) {
  const cache = await caches.open(CACHE);
  const key = new URL(request.url).pathname;
  const network = fetch(request);
  network.catch(() => undefined);
  try {
    const response = await withTimeout(network);
    if (isKeepable(response)) await cache.put(key, response.clone());
    else if (isWithdrawn(response)) await cache.delete(key);
    return response;
  } catch {
    // Nothing kept yet: a slow network is still better than none.
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
  if (request.mode === "navigate" && isOfflinePage(url)) event.respondWith(offlinePage(request));
  else if (url.origin === self.location.origin && url.pathname.startsWith(STATIC_PREFIX)) event.respondWith(staticFile(request));
});

/** The static files a page refers to, as its HTML names them. */
function assetsIn(html) {
  return Array.from(html.matchAll(/\/_next\/static\/[^"'\s\\)<>]+/g), (match) => match[0]);
}

/**
 * Called by a page once it is loaded online: keeps the page and every static file it needs (one that
 * fails is fetched on its next use), and drops static files of earlier builds no kept page names.
 */
async function keepPage(page, loaded) {
  if (!isOfflinePage(new URL(page, self.location.origin))) return false;
  const cache = await caches.open(CACHE);
  const response = await fetch(page, { credentials: "same-origin", redirect: "manual", cache: "no-store" });
  if (!isKeepable(response)) return false;
  await cache.put(page, response.clone());
  const wanted = new Set(loaded.filter((asset) => asset.startsWith(STATIC_PREFIX)));
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname;
    if (path.startsWith(STATIC_PREFIX)) continue;
    for (const asset of assetsIn(await (await cache.match(request)).text())) wanted.add(asset);
  }
  await Promise.all(Array.from(wanted, (asset) => cache.match(asset, { ignoreVary: true }).then((kept) => kept ?? cache.add(asset)).catch(() => undefined)));
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname + new URL(request.url).search;
    if (path.startsWith(STATIC_PREFIX) && !wanted.has(path)) await cache.delete(request);
  }
  return true;
}

self.addEventListener("message", (event) => {
  const data = event.data;
  const port = event.ports[0];
  if (!port || data?.type !== "keep-page" || typeof data.page !== "string" || !Array.isArray(data.assets)) return;
  event.waitUntil(
    keepPage(data.page, data.assets.filter((asset) => typeof asset === "string")).then(
      (ok) => port.postMessage({ ok }),
      () => port.postMessage({ ok: false }),
    ),
  );
});
