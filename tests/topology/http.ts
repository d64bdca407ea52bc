import { request as httpRequest } from "node:http";

// Plain HTTP from a chosen loopback source address: each address is a different client to the rate
// limits, as different visitors would be, without any header the server could be fooled by.

export type Answer = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

export function send(
  url: string,
  options: { method?: string; body?: unknown; headers?: Record<string, string>; from?: string; timeoutMs?: number } = {},
): Promise<Answer> {
  const target = new URL(url);
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        host: target.hostname === "localhost" ? "127.0.0.1" : target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method: options.method ?? "GET",
        localAddress: options.from,
        timeout: options.timeoutMs ?? 15_000,
        headers: { ...(body ? { "Content-Type": "application/json" } : {}), ...options.headers },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") }));
        response.on("error", reject);
      },
    );
    request.on("timeout", () => request.destroy(new Error(`no answer from ${url}`)));
    request.on("error", reject);
    request.end(body);
  });
}

/** The n-th loopback address of a block of its own (127.<block>.x.y), one client each. */
export function loopbackClient(block: number, n: number): string {
  return `127.${block}.${Math.floor(n / 250)}.${(n % 250) + 1}`;
}
