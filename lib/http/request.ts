// Reading untrusted request bodies in route handlers: size-capped, JSON only, never a crash.

export type JsonBodyResult =
  | { ok: true; value: unknown }
  | { ok: false; status: 400 | 413 | 415; reason: "malformed" | "too-large" | "not-json" };

/** `application/json`, with or without parameters such as `; charset=utf-8`. */
export function isJsonContentType(headers: Headers): boolean {
  const type = headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  return type === "application/json";
}

/**
 * The parsed JSON body, refusing more than `maxBytes` whether the client announced the size
 * (Content-Length) or not (chunked): reading stops at the first byte past the limit.
 */
export async function readJsonBody(request: Request, { maxBytes }: { maxBytes: number }): Promise<JsonBodyResult> {
  if (!isJsonContentType(request.headers)) return { ok: false, status: 415, reason: "not-json" };
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) return { ok: false, status: 413, reason: "too-large" };
  const bytes = await readAtMost(request, maxBytes);
  if (!bytes) return { ok: false, status: 413, reason: "too-large" };
  try {
    return { ok: true, value: JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes)) };
  } catch {
    return { ok: false, status: 400, reason: "malformed" };
  }
}

async function readAtMost(request: Request, maxBytes: number): Promise<Uint8Array | null> {
  if (!request.body) return new Uint8Array();
  // With a Content-Length the HTTP parser delivers exactly that many bytes: read them in one go.
  if (request.headers.has("content-length")) return new Uint8Array(await request.arrayBuffer());
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * True when a browser says the request comes from another site. Browsers send Origin on every
 * cross-site POST; servers calling the API send none, and those are let through. The page may have
 * been opened at the portal's public address or at the address the request itself went to (behind the
 * proxy: the host it forwards), e.g. a station opened at 127.0.0.1 rather than localhost.
 */
export function isCrossSiteRequest(headers: Headers, publicBaseUrl: string): boolean {
  const origin = headers.get("origin");
  if (!origin) return false;
  try {
    const from = new URL(origin);
    if (from.origin === new URL(publicBaseUrl).origin) return false;
    const requestHost = headers.get("x-forwarded-host") ?? headers.get("host");
    const requestProtocol = headers.get("x-forwarded-proto");
    if (requestProtocol && from.protocol !== `${requestProtocol.split(",")[0]!.trim()}:`) return true;
    return !requestHost || from.host !== requestHost.split(",")[0]!.trim();
  } catch {
    return true;
  }
}
