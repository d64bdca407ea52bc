import { createHmac, timingSafeEqual } from "node:crypto";

// The portal's signed links that nothing stored stands behind (a speaker's upload link, the
// confirmation of a new e-mail address): `<VERSION>.<payload>.<signature>`, the payload base64url,
// the signature HMAC-SHA256 over the version, the link's purpose and the payload, so that a link
// made for one purpose never passes for another. Pure.

const BASE64URL = /^[A-Za-z0-9_-]+$/;

type LinkKind = { version: string; purpose: string; maxLength: number };

function sign(kind: LinkKind, payload: string, secret: string): Buffer {
  if (secret.length < 32) throw new Error("the signing secret must be at least 32 characters");
  return createHmac("sha256", secret).update(`${kind.version}.${kind.purpose}.${payload}`).digest();
}

export function signLink(kind: LinkKind, body: string, secret: string): string {
  const payload = Buffer.from(body, "utf8").toString("base64url");
  return `${kind.version}.${payload}.${sign(kind, payload, secret).toString("base64url")}`;
}

/** The body a link was signed with, or null when the link is malformed or altered. */
export function readSignedLink(kind: LinkKind, token: string, secret: string): string | null {
  const parts = token.trim().split(".");
  if (token.length > kind.maxLength || parts.length !== 3 || parts[0] !== kind.version) return null;
  const [, payload, given] = parts as [string, string, string];
  if (!BASE64URL.test(payload) || !BASE64URL.test(given)) return null;
  const expected = sign(kind, payload, secret);
  const presented = Buffer.from(given, "base64url");
  if (presented.length !== expected.length || presented.toString("base64url") !== given || !timingSafeEqual(presented, expected)) return null;
  return Buffer.from(payload, "base64url").toString("utf8");
}
