import { isIP } from "node:net";

/**
 * The client's address as the reverse proxy saw it: the last entry of X-Forwarded-For, which the proxy
 * in front of the portal appends (or sets). Entries before it come from the client and prove nothing.
 * Null when there is no usable address.
 */
export function clientIpFromHeaders(headers: Pick<Headers, "get">): string | null {
  const forwarded = headers.get("x-forwarded-for");
  const candidate = forwarded?.split(",").at(-1)?.trim() ?? headers.get("x-real-ip")?.trim();
  if (!candidate) return null;
  const address = candidate.replace(/^::ffff:/, "");
  return isIP(address) ? address : null;
}
