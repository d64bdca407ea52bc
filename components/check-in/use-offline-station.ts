"use client";

import { useEffect, useState } from "react";

// Installs the station's service worker, limited to the station's own address, and asks it to keep
// this page and the code it runs, so that the station opens with no network after the browser was
// closed or the phone restarted. Personal data never goes through it: the roster lives in IndexedDB.

const WORKER_URL = "/check-in-sw.js";

export type OfflineReadiness = "pending" | "ready" | "unsupported";

/** The app's own static files this page has loaded so far (scripts, styles, fonts). */
function loadedAssets(): string[] {
  return performance
    .getEntriesByType("resource")
    .map((entry) => new URL(entry.name))
    .filter((url) => url.origin === location.origin && url.pathname.startsWith("/_next/static/"))
    .map((url) => url.pathname + url.search);
}

function askToCache(worker: ServiceWorker, page: string): Promise<boolean> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<{ ok: boolean }>) => resolve(event.data.ok);
    worker.postMessage({ type: "cache-station", page, assets: loadedAssets() }, [channel.port2]);
  });
}

export function useOfflineStation(): OfflineReadiness {
  const [readiness, setReadiness] = useState<OfflineReadiness>("pending");
  useEffect(() => {
    if (!("serviceWorker" in navigator) || !("indexedDB" in window)) {
      setReadiness("unsupported");
      return;
    }
    let stale = false;
    const page = location.pathname;
    (async () => {
      await navigator.serviceWorker.register(WORKER_URL, { scope: page });
      const registration = await navigator.serviceWorker.ready;
      if (navigator.onLine) {
        // The camera's fallback decoder is loaded on first use: fetch it now, while there is a network.
        await import("jsqr").catch(() => undefined);
        const cached = await askToCache(registration.active!, page);
        if (!stale && cached) setReadiness("ready");
      } else if (!stale && navigator.serviceWorker.controller) {
        setReadiness("ready");
      }
    })().catch(() => !stale && setReadiness("unsupported"));
    return () => {
      stale = true;
    };
  }, []);
  return readiness;
}
