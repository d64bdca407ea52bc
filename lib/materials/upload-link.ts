import { createHmac, timingSafeEqual } from "node:crypto";

// A speaker's upload link: `SM1.<payload>.<signature>`, the payload naming the session and the moment
// the link stops working, signed with HMAC-SHA256 like the portal's other links. Nothing is stored,
// so a link cannot be withdrawn before it expires: it is short-lived for that reason. Pure.

const VERSION = "SM1";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** How long a speaker's link works: a week covers the days after a session when slides are sent. */
export const SPEAKER_LINK_DAYS = 7;

function sign(payload: string, secret: string): Buffer {
  if (secret.length < 32) throw new Error("the signing secret must be at least 32 characters");
  return createHmac("sha256", secret).update(`${VERSION}.material.${payload}`).digest();
}

export function signSpeakerUpload(sessionId: string, expiresAt: Date, secret: string): string {
  if (!UUID.test(sessionId)) throw new Error("a session id is a UUID");
  const payload = Buffer.from(`${sessionId}|${Math.floor(expiresAt.getTime() / 1000)}`, "utf8").toString("base64url");
  return `${VERSION}.${payload}.${sign(payload, secret).toString("base64url")}`;
}

export type SpeakerUploadCheck = { ok: true; sessionId: string; expiresAt: Date } | { ok: false; reason: "invalid" | "expired" };

/** The session a link was signed for, if the link is unaltered and `now` is before its expiry. */
export function verifySpeakerUpload(token: string, secret: string, now: Date): SpeakerUploadCheck {
  const parts = token.trim().split(".");
  if (token.length > 300 || parts.length !== 3 || parts[0] !== VERSION) return { ok: false, reason: "invalid" };
  const [, payload, given] = parts as [string, string, string];
  if (!BASE64URL.test(payload) || !BASE64URL.test(given)) return { ok: false, reason: "invalid" };
  const expected = sign(payload, secret);
  const presented = Buffer.from(given, "base64url");
  if (presented.length !== expected.length || presented.toString("base64url") !== given || !timingSafeEqual(presented, expected)) {
    return { ok: false, reason: "invalid" };
  }
  const [sessionId, seconds, ...rest] = Buffer.from(payload, "base64url").toString("utf8").split("|");
  if (rest.length > 0 || !sessionId || !UUID.test(sessionId) || !seconds || !/^\d{1,12}$/.test(seconds)) return { ok: false, reason: "invalid" };
  const expiresAt = new Date(Number(seconds) * 1000);
  return now.getTime() < expiresAt.getTime() ? { ok: true, sessionId, expiresAt } : { ok: false, reason: "expired" };
}
