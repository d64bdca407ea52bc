import { readFileSync } from "node:fs";
import path from "node:path";
import { measureFirstLoadJavaScript } from "./first-load-js";
import { startFloorSite } from "./floor-site";
import { lighthouseMedians } from "./lighthouse";
import { compareWithBareServer, describeComparison } from "./throughput";

// The framework's floor alone (tests/bench/floor-site.ts): the same three measurements as
// agenda.bench.ts and lighthouse.bench.ts on a one-page site. budgets.bench.ts runs it beside the
// portal and judges the portal's budgets against it.
// Run: npx tsx tests/bench/framework-floor.bench.ts [seconds] [lighthouse runs]

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");

async function main() {
  const seconds = Number(process.argv[2] ?? 15);
  const lighthouseRuns = Number(process.argv[3] ?? 5);
  const site = await startFloorSite();
  try {
    const comparison = await compareWithBareServer(`${site.baseUrl}/`, seconds);
    const javaScript = await measureFirstLoadJavaScript(site.baseUrl, comparison.html);
    const nextVersion = (JSON.parse(readFileSync(path.join(ROOT, "node_modules/next/package.json"), "utf8")) as { version: string }).version;
    console.log(`one-page site on Next ${nextVersion}: ${comparison.htmlBytes} bytes of HTML`);
    console.log(`first-load JavaScript: ${(javaScript.gzipBytes / 1024).toFixed(1)} kB gzipped in ${javaScript.files} files`);
    for (const line of describeComparison(comparison)) console.log(line);
    for (const line of await lighthouseMedians(`${site.baseUrl}/`, lighthouseRuns)) console.log(line);
  } finally {
    await site.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
