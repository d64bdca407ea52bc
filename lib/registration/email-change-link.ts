import { createHmac, timingSafeEqual } from "node:crypto";

// The link that confirms a delegate's new e-mail address: `EC1.<payload>.<signature>`, the payload
// naming the registration, the address it leaves, the address it takes and when the link stops
// working, signed with HMAC-SHA256. Nothing is stored: a link is spent once the address changes,
// because it names the address it leaves. Pure.

const VERSION = "EC1";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** Two days: time enough to open the mail, short enough that a forgotten link soon stops working. */
export const EMAIL_CHANGE_HOURS = 48;

export type EmailChange = { registrationId: string; from: string; to: string; expiresAt: Date };

function sign(payload: string, secret: string): Buffer {
  if (secret.length < 32) throw new Error("the signing secret must be at least 32 characters");
  return createHmac("sha256", secret).update(`${VERSION}.email-change.${payload}`).digest();
}

export function signEmailChange(change: EmailChange, secret: string): string {
  if (!UUID.test(change.registrationId)) throw new Error("a registration id is a UUID");
  const body = { r: change.registrationId, f: change.from, t: change.to, x: Math.floor(change.expiresAt.getTime() / 1000) };
  const payload = Buffer.from(JSON.stringify(body), "utf8").toString("base64url");
  return `${VERSION}.${payload}.${sign(payload, secret).toString("base64url")}`;
}

export type EmailChangeCheck = { ok: true; change: EmailChange } | { ok: false; reason: "invalid" | "expired" };

function readBody(payload: string): EmailChange | null {
  try {
    const body = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Record<string, unknown>;
    const { r, f, t, x } = body;
    if (typeof r !== "string" || !UUID.test(r) || typeof f !== "string" || typeof t !== "string" || typeof x !== "number") return null;
    return { registrationId: r, from: f, to: t, expiresAt: new Date(x * 1000) };
  } catch {
    return null;
  }
}

/** The change a link was signed for, if the link is unaltered and `now` is before its expiry. */
export function verifyEmailChange(token: string, secret: string, now: Date): EmailChangeCheck {
  const parts = token.trim().split(".");
  if (token.length > 1_200 || parts.length !== 3 || parts[0] !== VERSION) return { ok: false, reason: "invalid" };
  const [, payload, given] = parts as [string, string, string];
  if (!BASE64URL.test(payload) || !BASE64URL.test(given)) return { ok: false, reason: "invalid" };
  const expected = sign(payload, secret);
  const presented = Buffer.from(given, "base64url");
  if (presented.length !== expected.length || presented.toString("base64url") !== given || !timingSafeEqual(presented, expected)) {
    return { ok: false, reason: "invalid" };
  }
  const change = readBody(payload);
  if (!change) return { ok: false, reason: "invalid" };
  return now.getTime() < change.expiresAt.getTime() ? { ok: true, change } : { ok: false, reason: "expired" };
}
