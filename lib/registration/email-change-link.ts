import { readSignedLink, signLink } from "@/lib/http/signed-link";

// The link that confirms a delegate's new e-mail address: `EC1.<payload>.<signature>`, the payload
// naming the registration, the address it leaves, the address it takes and when the link stops
// working. Nothing is stored: a link is spent once the address changes, because it names the
// address it leaves. Pure.

const LINK = { version: "EC1", purpose: "email-change", maxLength: 1_200 };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Two days: time enough to open the mail, short enough that a forgotten link soon stops working. */
export const EMAIL_CHANGE_HOURS = 48;

type EmailChange = { registrationId: string; from: string; to: string; expiresAt: Date };

export function signEmailChange(change: EmailChange, secret: string): string {
  if (!UUID.test(change.registrationId)) throw new Error("a registration id is a UUID");
  const body = { r: change.registrationId, f: change.from, t: change.to, x: Math.floor(change.expiresAt.getTime() / 1000) };
  return signLink(LINK, JSON.stringify(body), secret);
}

type EmailChangeCheck = { ok: true; change: EmailChange } | { ok: false; reason: "invalid" | "expired" };

function readBody(text: string): EmailChange | null {
  try {
    const { r, f, t, x } = JSON.parse(text) as Record<string, unknown>;
    if (typeof r !== "string" || !UUID.test(r) || typeof f !== "string" || typeof t !== "string" || typeof x !== "number") return null;
    return { registrationId: r, from: f, to: t, expiresAt: new Date(x * 1000) };
  } catch {
    return null;
  }
}

/** The change a link was signed for, if the link is unaltered and `now` is before its expiry. */
export function verifyEmailChange(token: string, secret: string, now: Date): EmailChangeCheck {
  const body = readSignedLink(LINK, token, secret);
  const change = body === null ? null : readBody(body);
  if (!change) return { ok: false, reason: "invalid" };
  return now.getTime() < change.expiresAt.getTime() ? { ok: true, change } : { ok: false, reason: "expired" };
}
