// In the browser: asks the offline-page service worker (public/offline-page-sw.js), registered with this
// page's own address as its scope, to keep the page and the code it runs, so that it opens with no
// network after the browser was closed or the phone restarted. Personal data never goes through it
// beyond the page itself.

const WORKER_URL = "/offline-page-sw.js";

/** The app's own static files this page has loaded so far (scripts, styles, fonts). */
function loadedAssets(): string[] {
  return performance
    .getEntriesByType("resource")
    .map((entry) => new URL(entry.name))
    .filter((url) => url.origin === location.origin && url.pathname.startsWith("/_next/static/"))
    .map((url) => url.pathname + url.search);
}

function askToKeep(worker: ServiceWorker, page: string): Promise<boolean> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<{ ok: boolean }>) => resolve(event.data.ok);
    worker.postMessage({ type: "keep-page", page, assets: loadedAssets() }, [channel.port2]);
  });
}

export function canKeepPages(): boolean {
  return "serviceWorker" in navigator;
}

/** The registration's worker once it is active. */
function activeWorker(registration: ServiceWorkerRegistration): Promise<ServiceWorker> {
  if (registration.active) return Promise.resolve(registration.active);
  const pending = (registration.installing ?? registration.waiting)!;
  return new Promise((resolve) => {
    pending.addEventListener("statechange", () => {
      if (pending.state === "activated") resolve(pending);
    });
  });
}

/**
 * Registers the worker for this page and, online, has it keep the page: true once kept. The
 * registration's own worker is used, not `navigator.serviceWorker.ready`, which matches the URL the
 * document was opened at: a page reached by a client-side link would wait for ever.
 */
export async function keepThisPage(): Promise<boolean> {
  const page = location.pathname;
  const registration = await navigator.serviceWorker.register(WORKER_URL, { scope: page });
  return askToKeep(await activeWorker(registration), page);
}
