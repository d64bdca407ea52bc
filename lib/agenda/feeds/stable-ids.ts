import { createHash } from "node:crypto";

/** Namespace of every name-based UUID the portal's feeds mint; fixed forever, or all guids change. */
const FEEDS_NAMESPACE = "6697e532-52b2-4753-b786-dd04fd89d74b";

/**
 * A name-based UUID (RFC 9562 version 5): the same name always gives the same UUID, so schedule
 * apps keep a visitor's favourites across reloads of the feed.
 */
export function nameBasedUuid(name: string, namespace = FEEDS_NAMESPACE): string {
  const hash = createHash("sha1")
    .update(Buffer.from(namespace.replace(/-/g, ""), "hex"))
    .update(name, "utf8")
    .digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const MAX_ID = 2 ** 31 - 1;

/**
 * Positive 31-bit integers (frab's event ids; some apps store them as int32) derived from guids, so
 * they are as stable as the guids. Two guids whose hashes collide are told apart deterministically:
 * in guid order, the later one takes the next free number.
 */
export function integerIdsFor(guids: string[]): Map<string, number> {
  const ids = new Map<string, number>();
  const taken = new Set<number>();
  for (const guid of [...new Set(guids)].sort()) {
    let id = (Number.parseInt(guid.replace(/-/g, "").slice(0, 8), 16) % MAX_ID) + 1;
    while (taken.has(id)) id = (id % MAX_ID) + 1;
    taken.add(id);
    ids.set(guid, id);
  }
  return ids;
}
