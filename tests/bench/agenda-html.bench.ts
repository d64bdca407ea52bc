import { writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { measureFirstLoadJavaScript } from "./first-load-js";
import { startApp } from "./serve-app";

// Weight of the agenda's HTML (budget ≤ 45 kB uncompressed for the Vietnamese /agenda of the seeded
// edition): bytes, gzipped bytes, the part that is the inline RSC payload, and the first-load JavaScript.
// Sizes only, no timing, so a busy machine does not change them.
// Run: npx tsx tests/bench/agenda-html.bench.ts [path…] — BENCH_DIST_DIR=.next-<branch> reuses a build;
// AGENDA_HTML_OUT=<folder> also writes each page's HTML there for a closer look.

const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["/agenda", "/en/agenda"];
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** The characters of the inline RSC payload (the strings pushed to self.__next_f). */
function inlinePayloadBytes(html: string): number {
  return [...html.matchAll(/<script>self\.__next_f\.push\(([\s\S]*?)\)<\/script>/g)].reduce((sum, match) => sum + Buffer.byteLength(match[1]!), 0);
}

async function main() {
  // The seeded Week seen a week before it, as the end-to-end tests see it: every card offers registration.
  const app = await startApp({ distDir: process.env.BENCH_DIST_DIR, extraEnv: { PORTAL_CLOCK: process.env.PORTAL_CLOCK ?? "2025-09-12T08:00:00+07:00" } });
  try {
    for (const pagePath of paths) {
      const response = await fetch(`${app.baseUrl}${pagePath}`);
      if (!response.ok) throw new Error(`${pagePath} answered ${response.status}`);
      const html = await response.text();
      const bytes = Buffer.byteLength(html);
      const payload = inlinePayloadBytes(html);
      const javaScript = await measureFirstLoadJavaScript(app.baseUrl, html);
      console.log(
        `${pagePath}: ${kB(bytes)} HTML (${bytes} bytes; budget ≤ 45 kB: ${bytes <= 45 * 1024 ? "met" : "NOT met"}), ` +
          `${kB(gzipSync(html).length)} gzipped, inline RSC payload ${kB(payload)}, markup ${kB(bytes - payload)}; ` +
          `first-load JS ${kB(javaScript.gzipBytes)} gzipped in ${javaScript.files} files`,
      );
      if (process.env.AGENDA_HTML_OUT) writeFileSync(`${process.env.AGENDA_HTML_OUT}/${pagePath.replaceAll("/", "_") || "_"}.html`, html);
    }
  } finally {
    await app.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
