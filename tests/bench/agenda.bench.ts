import http from "node:http";
import type { AddressInfo } from "node:net";
import autocannon from "autocannon";
import { measureFirstLoadJavaScript } from "./first-load-js";
import { startApp } from "./serve-app";

// Issue 3's speed goal: `next start` serving /agenda reaches at least a third of the throughput of a
// bare Node server sending the same bytes, with p99 under 50 ms, at 50 connections; and the page's
// first-load JavaScript stays within 130 kB gzipped.
// Run: npx tsx tests/bench/agenda.bench.ts [path] [seconds]

const pagePath = process.argv[2] ?? "/agenda";
const seconds = Number(process.argv[3] ?? 15);

async function load(url: string) {
  const result = await autocannon({ url, connections: 50, duration: seconds, headers: { "accept-encoding": "gzip" } });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

async function main() {
  const app = await startApp();
  try {
    const page = await fetch(`${app.baseUrl}${pagePath}`, { headers: { "accept-encoding": "gzip" } });
    if (!page.ok) throw new Error(`${pagePath} answered ${page.status}`);
    const body = Buffer.from(await page.arrayBuffer());
    const headers = Object.fromEntries(page.headers.entries());
    // fetch has already decoded the body: the bare server sends the same bytes uncompressed.
    delete headers["content-encoding"];
    delete headers["content-length"];
    delete headers["transfer-encoding"];
    const bare = http.createServer((_request, response) => {
      response.writeHead(200, { ...headers, "content-length": body.length });
      response.end(body);
    });
    await new Promise<void>((resolve) => bare.listen(0, "127.0.0.1", resolve));
    const barePort = (bare.address() as AddressInfo).port;
    const javaScript = await measureFirstLoadJavaScript(app.baseUrl, body.toString("utf8"));

    await load(`${app.baseUrl}${pagePath}`); // warm-up
    const next = await load(`${app.baseUrl}${pagePath}`);
    const baseline = await load(`http://127.0.0.1:${barePort}${pagePath}`);
    bare.close();

    const ratio = next.requestsPerSecond / baseline.requestsPerSecond;
    console.log(`page ${pagePath}: ${body.length} bytes of HTML`);
    console.log(
      `next start : ${next.requestsPerSecond.toFixed(0)} req/s, p50 ${next.p50} ms, p99 ${next.p99} ms, errors ${next.errors}, non-2xx ${next.non2xx}`,
    );
    console.log(`bare node  : ${baseline.requestsPerSecond.toFixed(0)} req/s, p50 ${baseline.p50} ms, p99 ${baseline.p99} ms`);
    const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
    console.log(`first-load JavaScript: ${kilobytes(javaScript.gzipBytes)} gzipped in ${javaScript.files} files (budget 130 kB)`);
    for (const file of javaScript.largest) console.log(`  ${kilobytes(file.gzipBytes).padStart(9)}  ${file.url}`);
    console.log(
      `ratio ${ratio.toFixed(2)} (goal ≥ 0.33), p99 ${next.p99} ms (goal < 50 ms): ${ratio >= 1 / 3 && next.p99 < 50 ? "met" : "NOT met"}`,
    );
  } finally {
    await app.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
