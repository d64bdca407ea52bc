import { measureFirstLoadJavaScript } from "./first-load-js";
import { startFloorSite } from "./floor-site";
import { describeLighthouse, lighthouseFiguresInRounds, type LighthouseFigures } from "./lighthouse";
import { startApp } from "./serve-app";
import { compareWithBareServer, describeComparison } from "./throughput";

// The public pages' speed budgets, measured in one run beside the framework's floor (a one-page site
// on the same Next and React, tests/bench/floor-site.ts), both served at once on this machine, so that
// a busy machine slows both alike. Benchmarks, not timed tests: the figures are medians of Lighthouse
// runs, and the verdicts compare them with the floor's.
// Run: npx tsx tests/bench/budgets.bench.ts [lighthouse runs] [load seconds]   (default 5 runs, 10 s; 0 skips either)
// BENCH_DIST_DIR=.next-<branch> reuses a build of the same sources (an end-to-end run's, say).

const runs = Number(process.argv[2] ?? 5);
const seconds = Number(process.argv[3] ?? 10);
const PAGES = ["/agenda", "SESSION", "/", "/register"] as const;
// The seeded Week seen a week before it, as the end-to-end tests see it: sessions open for registration.
const CLOCK = process.env.PORTAL_CLOCK ?? "2025-09-12T08:00:00+07:00";
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

async function sessionPagePath(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/editions/2025/sessions`);
  const sessions = (await response.json()) as { url: string }[];
  return new URL(sessions[0]!.url).pathname;
}

function verdict(met: boolean): string {
  return met ? "met" : "NOT met";
}

/** Each page budget beside the floor's figure. */
function judgePage(page: LighthouseFigures, floor: LighthouseFigures): string[] {
  const { scores, metrics } = page;
  return [
    `performance ${scores.performance} (floor ${floor.scores.performance}, budget ≥ ${floor.scores.performance - 5}): ${verdict(scores.performance >= floor.scores.performance - 5)}`,
    `TBT ${Math.round(metrics.TBT)} ms (floor ${Math.round(floor.metrics.TBT)} ms, budget ≤ ${Math.round(floor.metrics.TBT) + 150} ms): ${verdict(metrics.TBT <= floor.metrics.TBT + 150)}`,
    `LCP ${Math.round(metrics.LCP)} ms (floor ${Math.round(floor.metrics.LCP)} ms, budget ≤ 2500 ms): ${verdict(metrics.LCP <= 2500)}`,
    `CLS ${metrics.CLS.toFixed(3)} (floor ${floor.metrics.CLS.toFixed(3)}, budget < 0.05): ${verdict(metrics.CLS < 0.05)}`,
    `accessibility ${scores.accessibility}, best practices ${scores["best-practices"]}, SEO ${scores.seo} (floor ${floor.scores.accessibility}/${floor.scores["best-practices"]}/${floor.scores.seo}, budget 100 each): ${verdict(scores.accessibility === 100 && scores["best-practices"] === 100 && scores.seo === 100)}`,
  ];
}

/**
 * The origin: an instance configured as deploy/ runs it behind the proxy (HTTP_COMPRESSION=off: no gzip,
 * no ETag hashing) against the floor site, both asked for identity bytes. The pages Lighthouse loads
 * come from an instance that compresses, as the public gets them through the proxy.
 */
async function compareOrigins(floorUrl: string, seconds: number) {
  const origin = await startApp({ distDir: process.env.BENCH_DIST_DIR, extraEnv: { PORTAL_CLOCK: CLOCK, HTTP_COMPRESSION: "off" } });
  try {
    const ratios: number[] = [];
    for (const [label, url] of [["floor /", `${floorUrl}/`], ["portal /agenda, as behind the proxy", `${origin.baseUrl}/agenda`]] as const) {
      console.log(`origin throughput, ${label} (50 connections, ${seconds} s, identity bytes):`);
      const comparison = await compareWithBareServer(url, seconds);
      for (const line of describeComparison(comparison)) console.log(`  ${line}`);
      ratios.push(comparison.ratio);
    }
    const relative = ratios[1]! / ratios[0]!;
    console.log(`origin: /agenda reaches ${relative.toFixed(2)} × the floor's ratio (budget ≥ 0.8 ×): ${verdict(relative >= 0.8)}`);
  } finally {
    await origin.stop();
  }
}

async function main() {
  const floor = await startFloorSite();
  const app = await startApp({ distDir: process.env.BENCH_DIST_DIR, extraEnv: { PORTAL_CLOCK: CLOCK } });
  try {
    const agendaResponse = await fetch(`${app.baseUrl}/agenda`);
    const agendaHtml = await agendaResponse.text();
    const floorHtml = await (await fetch(`${floor.baseUrl}/`)).text();
    const agendaBytes = Buffer.byteLength(agendaHtml);
    console.log(`HTML of /agenda: ${kB(agendaBytes)} uncompressed (floor page ${kB(Buffer.byteLength(floorHtml))}; budget ≤ 45 kB): ${verdict(agendaBytes <= 45 * 1024)}`);
    const payload = [...agendaHtml.matchAll(/<script>self\.__next_f\.push\(([\s\S]*?)\)<\/script>/g)].reduce((sum, match) => sum + match[1]!.length, 0);
    console.log(`  of which inline RSC payload: ${kB(payload)}`);

    const agendaJs = await measureFirstLoadJavaScript(app.baseUrl, agendaHtml);
    const floorJs = await measureFirstLoadJavaScript(floor.baseUrl, floorHtml);
    const jsMet = agendaJs.gzipBytes <= floorJs.gzipBytes + 10 * 1024;
    console.log(`first-load JavaScript of /agenda: ${kB(agendaJs.gzipBytes)} gzipped in ${agendaJs.files} files (floor ${kB(floorJs.gzipBytes)} in ${floorJs.files}; budget ≤ ${kB(floorJs.gzipBytes + 10 * 1024)}): ${verdict(jsMet)}`);
    for (const file of agendaJs.largest) console.log(`  ${kB(file.gzipBytes).padStart(9)}  ${file.url.replace(app.baseUrl, "")}`);

    if (seconds > 0) await compareOrigins(floor.baseUrl, seconds);

    if (runs === 0) return;
    const session = await sessionPagePath(app.baseUrl);
    const pagePaths = PAGES.map((page) => (page === "SESSION" ? session : page));
    const urls = [`${floor.baseUrl}/`, ...pagePaths.map((pagePath) => `${app.baseUrl}${pagePath}`)];
    // Each page rendered once before its first audit, so that no audit measures a route's first render.
    for (const url of urls) await (await fetch(url)).arrayBuffer();
    const [floorFigures, ...pageFigures] = await lighthouseFiguresInRounds(urls, runs);
    console.log("Lighthouse, floor /");
    for (const line of describeLighthouse(floorFigures!)) console.log(`  ${line}`);
    for (const [index, figures] of pageFigures.entries()) {
      console.log(`Lighthouse, ${pagePaths[index]}`);
      for (const line of [...describeLighthouse(figures), ...judgePage(figures, floorFigures!)]) console.log(`  ${line}`);
    }
  } finally {
    await app.stop();
    await floor.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
