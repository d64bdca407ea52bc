import path from "node:path";

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");

/**
 * V8's old-generation limit of one instance, in MB. Unset, V8 sizes it from the machine's memory (over
 * 4 GB on a large host) and collects lazily: an instance then sat at 1.4 GB resident, mostly garbage.
 * 384 MB holds the server's code and data (≈ 200 MB after a long load) with room for an export or an
 * upload, and keeps one instance under 512 MB resident. PORTAL_HEAP_MB changes it.
 */
export const DEFAULT_HEAP_MB = 384;

function heapMegabytes(value: string | undefined): number {
  if (value === undefined || value === "") return DEFAULT_HEAP_MB;
  const megabytes = Number(value);
  if (!Number.isInteger(megabytes) || megabytes < 128) throw new Error(`PORTAL_HEAP_MB must be a whole number of megabytes, at least 128 (got "${value}")`);
  return megabytes;
}

/** Node's arguments that run the portal's production server (scripts/serve.ts) with `env`; PORT and the rest come from that environment. */
export function serveArgs(env: Readonly<Record<string, string | undefined>>): string[] {
  return [`--max-old-space-size=${heapMegabytes(env.PORTAL_HEAP_MB)}`, "--import", "tsx", path.join(ROOT, "scripts/serve.ts")];
}
