import { createHash, createHmac, hkdfSync } from "node:crypto";

// The manage link's secret is derived, not drawn: HMAC-SHA256 over the registration's code and the
// link's version, keyed by a key derived (HKDF) from the ticket signing secret. Only its SHA-256 is
// stored, as before; the server can compute the same link again to mail it, and raising the version
// (a deliberate new link, an erasure) makes the old one stop working.

const KEY_INFO = "qn-portal manage-link v1";

/** A key of its own for manage links, so a manage token never doubles as a ticket signature. */
export function manageLinkKey(secret: string): Buffer {
  if (secret.length < 32) throw new Error("the signing secret must be at least 32 characters");
  return Buffer.from(hkdfSync("sha256", secret, "", KEY_INFO, 32));
}

/** The manage token of a registration code at a version: 43 base64url characters, like the random ones it replaces. */
export function deriveManageToken(key: Buffer, code: string, version: number): string {
  if (!Number.isInteger(version) || version < 1) throw new Error("a manage link version is a positive integer");
  return createHmac("sha256", key).update(`manage-link|${code}|${version}`, "utf8").digest("base64url");
}

export function hashManageToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}
