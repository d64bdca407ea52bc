"use client";

import { usePrefetchOnIntent } from "./prefetch-on-intent";
import { useWebFontSwitch } from "./web-font-switch";

/**
 * What every page does once interactive, in one client component: each client component a layout
 * renders is a script file of its own on every page.
 */
export function PageEffects() {
  useWebFontSwitch();
  usePrefetchOnIntent();
  return null;
}
