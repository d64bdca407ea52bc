// The check-in station's service worker. It is registered with the station's own address as its scope
// (/admin/check-in, /en/admin/check-in), so it never sees another admin page. It keeps two things:
// the station page itself and the app's static files (code, styles, fonts). It never stores an API
// answer: the roster, the only personal data the station needs, is kept by the page in IndexedDB.

const CACHE = "qn-checkin-station-v1";
const STATIC_PREFIX = "/_next/static/";
/** Past this, a hall's weak Wi-Fi counts as none and the stored page opens. */
const NETWORK_TIMEOUT_MS = 4000;

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

function isStationPage(url) {
  return url.origin === self.location.origin && /^(\/en)?\/admin\/check-in\/?$/.test(url.pathname);
}

function withTimeout(promise) {
  return Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), NETWORK_TIMEOUT_MS))]);
}

/** A signed-in page only: a redirect to the login page or an error is never kept. */
function isKeepable(response) {
  return response.ok && response.type === "basic" && !response.redirected;
}

/**
 * The station page from the network when it answers, kept for later; the kept copy when it does not.
 * Signed out (the server redirects to the login page), the kept copy is dropped: the device no longer
 * opens the station for whoever holds it.
 */
async function stationPage(request) {
  const cache = await caches.open(CACHE);
  const key = new URL(request.url).pathname;
  const network = fetch(request);
  network.catch(() => undefined);
  try {
    const response = await withTimeout(network);
    if (isKeepable(response)) await cache.put(key, response.clone());
    else if (response.type === "opaqueredirect" || response.status === 401 || response.status === 403) await cache.delete(key);
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
  if (request.mode === "navigate" && isStationPage(url)) event.respondWith(stationPage(request));
  else if (url.origin === self.location.origin && url.pathname.startsWith(STATIC_PREFIX)) event.respondWith(staticFile(request));
});

/** The static files a page refers to, as its HTML names them. */
function assetsIn(html) {
  return Array.from(html.matchAll(/\/_next\/static\/[^"'\s\\)<>]+/g), (match) => match[0]);
}

/**
 * Called by the station once it is loaded online: keeps the page and every static file it needs, and
 * drops static files of earlier builds that it no longer names.
 */
async function cacheStation(page, loaded) {
  if (!isStationPage(new URL(page, self.location.origin))) return false;
  const cache = await caches.open(CACHE);
  const response = await fetch(page, { credentials: "same-origin", redirect: "manual", cache: "no-store" });
  if (!isKeepable(response)) return false;
  const html = await response.clone().text();
  await cache.put(page, response);
  const wanted = new Set([...loaded, ...assetsIn(html)].filter((asset) => asset.startsWith(STATIC_PREFIX)));
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
  if (!port || data?.type !== "cache-station" || typeof data.page !== "string" || !Array.isArray(data.assets)) return;
  event.waitUntil(
    cacheStation(data.page, data.assets.filter((asset) => typeof asset === "string")).then(
      (ok) => port.postMessage({ ok }),
      () => port.postMessage({ ok: false }),
    ),
  );
});
