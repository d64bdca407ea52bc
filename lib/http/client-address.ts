import { isIP } from "node:net";

// Whose address a request comes from. `next start` keeps whatever X-Forwarded-For a client sends,
// so the portal's server (scripts/serve.ts) replaces it with this answer before Next reads it.

function usableAddress(candidate: string): string | null {
  const address = candidate.replace(/^::ffff:/, "");
  return isIP(address) ? address : null;
}

/**
 * The client's address: the connection's peer when nothing trusted stands in front
 * (`trustedProxies` 0), else the address the nearest trusted proxy saw, counting hops from the
 * right of X-Forwarded-For. Entries further left were written by the client and prove nothing.
 */
export function clientAddress(peer: string | undefined, forwardedFor: string | undefined, trustedProxies: number): string | null {
  const hops = (forwardedFor ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  const chain = [...hops, peer ?? ""];
  return usableAddress(chain[Math.max(0, chain.length - 1 - trustedProxies)] ?? "");
}

/**
 * The address a request handler or Server Action should believe: the last X-Forwarded-For entry,
 * which the portal's server (or the proxy in front) wrote. Null when there is no usable address.
 */
export function requestClientAddress(headers: Pick<Headers, "get">): string | null {
  const candidate = headers.get("x-forwarded-for")?.split(",").at(-1)?.trim() ?? headers.get("x-real-ip")?.trim();
  return candidate ? usableAddress(candidate) : null;
}
