import http from "node:http";
import type { AddressInfo } from "node:net";
import autocannon from "autocannon";

export type LoadFigures = { requestsPerSecond: number; p50: number; p99: number; errors: number; non2xx: number };
export type Comparison = { htmlBytes: number; html: string; next: LoadFigures; bare: LoadFigures; ratio: number; met: boolean };

async function load(url: string, seconds: number, encoding: "gzip" | "identity"): Promise<LoadFigures> {
  const result = await autocannon({ url, connections: 50, duration: seconds, headers: { "accept-encoding": encoding } });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

/** The page as fetch decodes it: the bare server sends the same bytes uncompressed. */
async function decodedPage(pageUrl: string) {
  const page = await fetch(pageUrl, { headers: { "accept-encoding": "gzip" } });
  if (!page.ok) throw new Error(`${pageUrl} answered ${page.status}`);
  const headers = Object.fromEntries(page.headers.entries());
  delete headers["content-encoding"];
  delete headers["content-length"];
  delete headers["transfer-encoding"];
  return { body: Buffer.from(await page.arrayBuffer()), headers };
}

/** The page's bytes as they travel (gzip included), for a bare server that sends them with the same Content-Encoding. */
function rawPage(pageUrl: string): Promise<{ body: Buffer; headers: Record<string, string> }> {
  return new Promise((resolve, reject) => {
    http
      .get(pageUrl, { headers: { "accept-encoding": "gzip" } }, (response) => {
        if (response.statusCode !== 200) return reject(new Error(`${pageUrl} answered ${response.statusCode}`));
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const headers: Record<string, string> = {};
          for (const [key, value] of Object.entries(response.headers)) if (typeof value === "string") headers[key] = value;
          delete headers["content-length"];
          delete headers["transfer-encoding"];
          delete headers["connection"];
          resolve({ body: Buffer.concat(chunks), headers });
        });
      })
      .on("error", reject);
  });
}

/**
 * Throughput goal: `next start` serving a page reaches at least a third of the throughput of a
 * bare Node `http` server sending the same HTML bytes, with p99 under 50 ms, at 50 connections.
 * `sameEncoding`: both send the page gzipped, as the proxy does; otherwise both send identity bytes, as
 * an instance behind the proxy does (it leaves compression to nginx).
 */
export async function compareWithBareServer(pageUrl: string, seconds: number, options: { sameEncoding?: boolean } = {}): Promise<Comparison> {
  const { body, headers } = options.sameEncoding ? await rawPage(pageUrl) : await decodedPage(pageUrl);
  const bare = http.createServer((_request, response) => {
    response.writeHead(200, { ...headers, "content-length": body.length });
    response.end(body);
  });
  await new Promise<void>((resolve) => bare.listen(0, "127.0.0.1", resolve));
  try {
    const { pathname, search } = new URL(pageUrl);
    const encoding = options.sameEncoding ? "gzip" : "identity";
    await load(pageUrl, seconds, encoding); // warm-up
    const next = await load(pageUrl, seconds, encoding);
    const baseline = await load(`http://127.0.0.1:${(bare.address() as AddressInfo).port}${pathname}${search}`, seconds, encoding);
    const ratio = next.requestsPerSecond / baseline.requestsPerSecond;
    return { htmlBytes: body.length, html: options.sameEncoding ? "" : body.toString("utf8"), next, bare: baseline, ratio, met: ratio >= 1 / 3 && next.p99 < 50 };
  } finally {
    bare.close();
  }
}

export function describeComparison(comparison: Comparison): string[] {
  const { next, bare, ratio } = comparison;
  return [
    `next start : ${next.requestsPerSecond.toFixed(0)} req/s, p50 ${next.p50} ms, p99 ${next.p99} ms, errors ${next.errors}, non-2xx ${next.non2xx}`,
    `bare node  : ${bare.requestsPerSecond.toFixed(0)} req/s, p50 ${bare.p50} ms, p99 ${bare.p99} ms`,
    `ratio ${ratio.toFixed(2)} (goal ≥ 0.33), p99 ${next.p99} ms (goal < 50 ms): ${comparison.met ? "met" : "NOT met"}`,
  ];
}
