import { readFile } from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";
import { getTranslator } from "@/lib/i18n/translator";

// The sharing picture of every page (both languages on it, as pages are shared across languages), drawn at build time with the self-hosted Be Vietnam Pro (its
// Vietnamese subset too), so nothing is fetched from a font CDN.
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const alt = `${getTranslator("vi", "ogImage")("alt")} – ${getTranslator("en", "ogImage")("alt")}`;

const FONT_DIR = path.join(process.cwd(), "node_modules/@fontsource/be-vietnam-pro/files");
// Fontsource splits the font by script; satori picks fonts by family name, so each subset gets its own
// name and the family stack below falls back from one to the next.
const SUBSETS = ["vietnamese", "latin-ext", "latin"] as const;
const FONT_STACK = SUBSETS.map((subset) => `"Be Vietnam Pro ${subset}"`).join(", ");

async function loadFonts() {
  const weights = [400, 700] as const;
  return Promise.all(
    weights.flatMap((weight) =>
      SUBSETS.map(async (subset) => ({
        name: `Be Vietnam Pro ${subset}`,
        weight,
        style: "normal" as const,
        data: await readFile(path.join(FONT_DIR, `be-vietnam-pro-${subset}-${weight}-normal.woff`)),
      })),
    ),
  );
}

export default async function OpenGraphImage() {
  const vi = getTranslator("vi", "ogImage");
  const en = getTranslator("en", "ogImage");
  return new ImageResponse(
    (
      <div
        style={{
          width: "100%",
          height: "100%",
          display: "flex",
          flexDirection: "column",
          justifyContent: "space-between",
          padding: "72px 80px",
          color: "#ffffff",
          fontFamily: FONT_STACK,
          backgroundColor: "#0a2a5e",
          backgroundImage: "radial-gradient(circle at 85% 15%, rgba(242,193,78,0.35), transparent 45%), radial-gradient(circle at 10% 95%, rgba(200,16,46,0.55), transparent 50%)",
        }}
      >
        <div style={{ display: "flex", alignItems: "center", gap: 20 }}>
          <div style={{ width: 18, height: 72, backgroundColor: "#c8102e", borderRadius: 4 }} />
          <div style={{ width: 18, height: 72, backgroundColor: "#f2c14e", borderRadius: 4 }} />
          <div style={{ fontSize: 30, fontWeight: 700, letterSpacing: 4, color: "#f7d57f" }}>{vi("place")}</div>
        </div>
        <div style={{ display: "flex", flexDirection: "column" }}>
          <div style={{ fontSize: 72, fontWeight: 700, lineHeight: 1.12 }}>{vi("title")}</div>
          <div style={{ marginTop: 24, fontSize: 34, color: "#e3ecfa" }}>{vi("subtitle")}</div>
        </div>
        <div style={{ fontSize: 28, color: "#f7d57f" }}>{en("alt")}</div>
      </div>
    ),
    { ...size, fonts: await loadFonts() },
  );
}
