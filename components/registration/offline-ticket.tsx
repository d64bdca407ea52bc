"use client";

import { useEffect, useState } from "react";

// Keeps the ticket page on the phone (public/ticket-sw.js, limited to this page's address), so it opens
// at the door without a network, also after the browser was closed. Says so once it is kept.

const WORKER_URL = "/ticket-sw.js";

/** The app's own static files this page has loaded (scripts, styles, fonts). */
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
    worker.postMessage({ type: "keep-ticket", page, assets: loadedAssets() }, [channel.port2]);
  });
}

export function OfflineTicket({ keptText, offlineText }: { keptText: string; offlineText: string }) {
  const [state, setState] = useState<"pending" | "kept" | "offline">("pending");
  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    let stale = false;
    const page = location.pathname;
    (async () => {
      if (!navigator.onLine) {
        if (!stale) setState("offline");
        return;
      }
      await navigator.serviceWorker.register(WORKER_URL, { scope: page });
      const registration = await navigator.serviceWorker.ready;
      if ((await askToKeep(registration.active!, page)) && !stale) setState("kept");
    })().catch(() => undefined);
    return () => {
      stale = true;
    };
  }, []);
  if (state === "pending") return null;
  return (
    <p role="status" className="mt-4 rounded-md bg-emerald-50 px-4 py-3 text-sm font-semibold text-emerald-800">
      {state === "kept" ? keptText : offlineText}
    </p>
  );
}
