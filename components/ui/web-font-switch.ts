import { useEffect } from "react";

/**
 * Switches the site font on once the page is interactive (app/globals.css, `.web-font`). Until then the
 * page is drawn in the metric-matched fallback face, so that the first screen never waits for, or shares
 * a slow network with, 110 kB of font files; when they arrive the text keeps its lines.
 */
export function useWebFontSwitch() {
  useEffect(() => {
    document.documentElement.classList.add("web-font");
  }, []);
}
