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

/** Registers the worker for this page and, online, has it keep the page: true once kept. */
export async function keepThisPage(): Promise<boolean> {
  const page = location.pathname;
  await navigator.serviceWorker.register(WORKER_URL, { scope: page });
  const registration = await navigator.serviceWorker.ready;
  return askToKeep(registration.active!, page);
}
