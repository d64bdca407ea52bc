"use client";

import { useEffect, useState } from "react";
import { canKeepPages, keepThisPage } from "@/lib/offline/keep-page";

// Keeps the ticket page on the phone (lib/offline/keep-page.ts), so it opens at the door without a
// network, also after the browser was closed. Says so once it is kept, or that this is the kept copy.

export function OfflineTicket({ keptText, offlineText }: { keptText: string; offlineText: string }) {
  const [state, setState] = useState<"pending" | "kept" | "offline">("pending");
  useEffect(() => {
    if (!canKeepPages()) return;
    let stale = false;
    (async () => {
      if (!navigator.onLine) {
        if (!stale) setState("offline");
      } else if ((await keepThisPage()) && !stale) setState("kept");
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
