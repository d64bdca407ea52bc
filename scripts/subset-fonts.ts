import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import subsetFont from "subset-font";
import { WEB_FONT_CODE_POINTS, WEB_FONT_WEIGHTS } from "../lib/fonts/web-font";

// Writes assets/fonts/: Be Vietnam Pro cut to the letters the portal shows (Latin, Vietnamese, punctuation),
// one WOFF2 file per weight. The npm packages split each weight into three subsets (latin, latin-ext,
// vietnamese) that Vietnamese text always needs together: nine requests and 146 kB on a first visit
// against three and 107 kB. The files are committed; run again only to change the weights or letters:
//   npx tsx scripts/subset-fonts.ts

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const SOURCE = path.join(ROOT, "node_modules/@expo-google-fonts/be-vietnam-pro");
const TARGET = path.join(ROOT, "assets/fonts");

async function main() {
  mkdirSync(TARGET, { recursive: true });
  const text = String.fromCodePoint(...WEB_FONT_CODE_POINTS);
  for (const { weight, sourceName } of WEB_FONT_WEIGHTS) {
    const source = readFileSync(path.join(SOURCE, sourceName, `BeVietnamPro_${sourceName}.ttf`));
    const woff2 = await subsetFont(source, text, { targetFormat: "woff2" });
    writeFileSync(path.join(TARGET, `be-vietnam-pro-${weight}.woff2`), woff2);
    console.log(`be-vietnam-pro-${weight}.woff2: ${woff2.length} bytes (from ${source.length})`);
  }
  copyFileSync(path.join(SOURCE, "LICENSE_FONT"), path.join(TARGET, "OFL.txt"));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
