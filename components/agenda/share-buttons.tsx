"use client";

import { useState } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";

type Labels = { zalo: string; copy: string; copied: string; copiedForZalo: string; copyFailed: string };

const buttonClass =
  "inline-flex min-h-11 items-center gap-2 rounded-md bg-white px-4 py-2 text-sm font-semibold text-brand-800 ring-1 ring-brand-700/30 ring-inset hover:bg-brand-50";

/**
 * Zalo has no dependable share URL for web pages, so its button hands the link to the phone's share
 * sheet (where Zalo is listed) or, on desktops, copies it to paste into Zalo. Both buttons need
 * JavaScript and are shown only once it runs.
 */
export function ShareButtons({ url, title, labels }: { url: string; title: string; labels: Labels }) {
  const shownClass = useHydrated() ? buttonClass : `invisible ${buttonClass}`;
  const [status, setStatus] = useState("");

  async function copy(message: string) {
    try {
      await navigator.clipboard.writeText(url);
      setStatus(message);
    } catch {
      setStatus(labels.copyFailed);
    }
  }

  async function shareToZalo() {
    if (typeof navigator.share === "function") {
      try {
        await navigator.share({ title, url });
        return;
      } catch (error) {
        if ((error as DOMException).name === "AbortError") return;
      }
    }
    await copy(labels.copiedForZalo);
  }

  return (
    <>
      <button type="button" onClick={shareToZalo} className={shownClass}>
        {labels.zalo}
      </button>
      <button type="button" onClick={() => copy(labels.copied)} className={shownClass}>
        {labels.copy}
      </button>
      <p role="status" className="basis-full text-sm font-semibold text-brand-800">
        {status}
      </p>
    </>
  );
}
