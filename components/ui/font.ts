import localFont from "next/font/local";

// Be Vietnam Pro, self-hosted from assets/fonts (cut by scripts/subset-fonts.ts). next/font preloads the
// files and sizes a fallback face to the same metrics, so text does not jump when the font arrives.
export const siteFont = localFont({
  src: [
    { path: "../../assets/fonts/be-vietnam-pro-400.woff2", weight: "400", style: "normal" },
    { path: "../../assets/fonts/be-vietnam-pro-600.woff2", weight: "600", style: "normal" },
    { path: "../../assets/fonts/be-vietnam-pro-700.woff2", weight: "700", style: "normal" },
  ],
  display: "swap",
  variable: "--font-site",
  adjustFontFallback: "Arial",
});
