import { readSignedLink, signLink } from "@/lib/http/signed-link";

// A speaker's upload link: `SM1.<payload>.<signature>`, the payload naming the session and the moment
// the link stops working. Nothing is stored, so a link cannot be withdrawn before it expires: it is
// short-lived for that reason. Pure.

const LINK = { version: "SM1", purpose: "material", maxLength: 300 };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** How long a speaker's link works: a week covers the days after a session when slides are sent. */
export const SPEAKER_LINK_DAYS = 7;

export function signSpeakerUpload(sessionId: string, expiresAt: Date, secret: string): string {
  if (!UUID.test(sessionId)) throw new Error("a session id is a UUID");
  return signLink(LINK, `${sessionId}|${Math.floor(expiresAt.getTime() / 1000)}`, secret);
}

type SpeakerUploadCheck = { ok: true; sessionId: string; expiresAt: Date } | { ok: false; reason: "invalid" | "expired" };

/** The session a link was signed for, if the link is unaltered and `now` is before its expiry. */
export function verifySpeakerUpload(token: string, secret: string, now: Date): SpeakerUploadCheck {
  const body = readSignedLink(LINK, token, secret);
  if (body === null) return { ok: false, reason: "invalid" };
  const [sessionId, seconds, ...rest] = body.split("|");
  if (rest.length > 0 || !sessionId || !UUID.test(sessionId) || !seconds || !/^\d{1,12}$/.test(seconds)) return { ok: false, reason: "invalid" };
  const expiresAt = new Date(Number(seconds) * 1000);
  return now.getTime() < expiresAt.getTime() ? { ok: true, sessionId, expiresAt } : { ok: false, reason: "expired" };
}
