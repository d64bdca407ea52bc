"use client";

import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * Whether JavaScript runs on this page yet. Controls that need it are drawn hidden in the server's HTML
 * (`invisible`: their place kept, out of reach of focus and screen readers) rather than left out, so
 * that the first paint, which now comes before hydration, does not move when they appear.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(subscribe, () => true, () => false);
}
