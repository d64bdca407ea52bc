"use client";

import { useEffect, useState } from "react";
import { canKeepPages, keepThisPage } from "@/lib/offline/keep-page";

// Installs the station's service worker, limited to the station's own address, and asks it to keep
// this page and the code it runs, so that the station opens with no network after the browser was
// closed or the phone restarted. Personal data never goes through it: the roster lives in IndexedDB.

type OfflineReadiness = "pending" | "ready" | "unsupported";

export function useOfflineStation(): OfflineReadiness {
  const [readiness, setReadiness] = useState<OfflineReadiness>("pending");
  useEffect(() => {
    if (!canKeepPages() || !("indexedDB" in window)) {
      setReadiness("unsupported");
      return;
    }
    let stale = false;
    (async () => {
      if (navigator.onLine) {
        // The camera's fallback decoder is loaded on first use: fetch it now, while there is a network.
        await import("jsqr").catch(() => undefined);
        const kept = await keepThisPage();
        if (!stale && kept) setReadiness("ready");
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
