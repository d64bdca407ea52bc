import { useRouter } from "next/navigation";
import { useEffect } from "react";

const INTENT_EVENTS = ["pointerover", "focusin", "touchstart"] as const;

/**
 * Fetches a `SiteLink`'s page when the reader points at, focuses or touches it: one listener for the
 * whole document instead of an observer per link.
 */
export function usePrefetchOnIntent() {
  const router = useRouter();
  useEffect(() => {
    const fetched = new Set<string>();
    const onIntent = (event: Event) => {
      const link = event.target instanceof Element ? event.target.closest("a[data-prefetch='intent']") : null;
      if (!(link instanceof HTMLAnchorElement) || link.origin !== window.location.origin) return;
      const path = link.pathname + link.search;
      if (fetched.has(path) || path === window.location.pathname + window.location.search) return;
      fetched.add(path);
      router.prefetch(path);
    };
    for (const type of INTENT_EVENTS) document.addEventListener(type, onIntent, { passive: true });
    return () => {
      for (const type of INTENT_EVENTS) document.removeEventListener(type, onIntent);
    };
  }, [router]);
}
