import { measureFirstLoadJavaScript } from "./first-load-js";
import { startApp } from "./serve-app";
import { compareWithBareServer, describeComparison } from "./throughput";

// Speed goal: `next start` serving /agenda reaches at least a third of the throughput of a
// bare Node server sending the same bytes, with p99 under 50 ms, at 50 connections; and the page's
// first-load JavaScript stays within 130 kB gzipped.
// Run: npx tsx tests/bench/agenda.bench.ts [path] [seconds]

const pagePath = process.argv[2] ?? "/agenda";
const seconds = Number(process.argv[3] ?? 15);

async function main() {
  const app = await startApp();
  try {
    const comparison = await compareWithBareServer(`${app.baseUrl}${pagePath}`, seconds);
    const javaScript = await measureFirstLoadJavaScript(app.baseUrl, comparison.html);
    const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
    console.log(`page ${pagePath}: ${comparison.htmlBytes} bytes of HTML`);
    console.log(`first-load JavaScript: ${kilobytes(javaScript.gzipBytes)} gzipped in ${javaScript.files} files (budget 130 kB)`);
    for (const file of javaScript.largest) console.log(`  ${kilobytes(file.gzipBytes).padStart(9)}  ${file.url}`);
    for (const line of describeComparison(comparison)) console.log(line);
  } finally {
    await app.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
