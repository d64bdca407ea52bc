import { createHash } from "node:crypto";

// Documents that take seconds of processor to produce (the programme PDF) are produced once per
// change of what they show, not once per request: the cache is keyed by a fingerprint of their inputs,
// so an edited session makes a new key and the old rendering simply falls out. Requests that arrive
// while a version is being rendered wait for that rendering instead of starting their own, so a flood
// of downloads costs one rendering, then only memory copies.

export type Rendered = { body: Uint8Array; etag: string };

type RenderCache = {
  /** The rendering for `inputs`, rendered at most once at a time per distinct `inputs`. */
  get: (inputs: unknown, render: () => Promise<Uint8Array>) => Promise<Rendered>;
  /** How many renderings were started, for tests and logs. */
  readonly renderings: number;
};

/** A short stable digest of any JSON-serialisable value (dates as ISO strings). */
export function fingerprint(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("base64url").slice(0, 32);
}

/** A strong entity tag of exact bytes. */
function bytesEntityTag(body: Uint8Array): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

export function createRenderCache({ maxEntries }: { maxEntries: number }): RenderCache {
  const done = new Map<string, Rendered>();
  const pending = new Map<string, Promise<Rendered>>();
  let renderings = 0;

  function remember(key: string, rendered: Rendered) {
    done.delete(key);
    done.set(key, rendered);
    // Map keeps insertion order: the first key is the one used least recently.
    while (done.size > maxEntries) done.delete(done.keys().next().value!);
  }

  async function get(inputs: unknown, render: () => Promise<Uint8Array>): Promise<Rendered> {
    const key = fingerprint(inputs);
    const cached = done.get(key);
    if (cached) {
      remember(key, cached);
      return cached;
    }
    const inFlight = pending.get(key);
    if (inFlight) return inFlight;
    renderings++;
    const rendering = render()
      .then((body) => {
        const rendered = { body, etag: bytesEntityTag(body) };
        remember(key, rendered);
        return rendered;
      })
      .finally(() => pending.delete(key));
    pending.set(key, rendering);
    return rendering;
  }

  return {
    get,
    get renderings() {
      return renderings;
    },
  };
}
