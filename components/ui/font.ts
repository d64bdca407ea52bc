import localFont from "next/font/local";

// Be Vietnam Pro, self-hosted from assets/fonts (cut by scripts/subset-fonts.ts).
// Neither preloaded nor used for the first paint: three weights are 110 kB that a phone on a slow network
// would fetch before the first screen could count as painted. The page paints in the fallback face of
// app/globals.css (Arial or its metric twins, resized to Be Vietnam Pro's metrics) and switches to this
// font once it is interactive (web-font-switch.ts), without moving the text. next/font's own fallback
// names Arial alone, which Linux does not have under that name.
export const siteFont = localFont({
  src: [
    { path: "../../assets/fonts/be-vietnam-pro-400.woff2", weight: "400", style: "normal" },
    { path: "../../assets/fonts/be-vietnam-pro-600.woff2", weight: "600", style: "normal" },
    { path: "../../assets/fonts/be-vietnam-pro-700.woff2", weight: "700", style: "normal" },
  ],
  display: "swap",
  variable: "--font-site",
  preload: false,
  adjustFontFallback: false,
  fallback: ["Be Vietnam Pro Fallback"],
});
