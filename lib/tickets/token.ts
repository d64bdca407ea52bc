import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Check-in tokens printed as QR codes: `QN1.<payload>.<signature>`, both parts base64url.
 * The payload is `<kind>|<subject>|<year>`; the signature is HMAC-SHA256 over `QN1.<payload>`
 * with TICKET_SIGNING_SECRET, so a scanner holding the secret can verify a ticket offline.
 */
const TICKET_TOKEN_VERSION = "QN1";

/**
 * R: a delegate's registration (subject: the registration code). P: a journalist's press pass, valid
 * for check-in; M: a journalist's link to the full-resolution media (subject of both: the pass code).
 * I: an invitee's reply link (subject: the invitation's id), never a check-in ticket. F: a delegate's
 * feedback survey of one session (subject: the check-in's id).
 */
type TicketKind = "R" | "P" | "M" | "I" | "F";

type TicketClaims = { kind: TicketKind; subject: string; year: number };

type TicketVerification = { ok: true; claims: TicketClaims } | { ok: false; reason: "malformed" | "bad-signature" };

const KINDS: readonly TicketKind[] = ["R", "P", "M", "I", "F"];
const SUBJECT_PATTERN = /^[A-Za-z0-9-]{1,64}$/;
const BASE64URL_PATTERN = /^[A-Za-z0-9_-]+$/;
const MIN_SECRET_LENGTH = 32;

function signature(payload: string, secret: string): Buffer {
  if (secret.length < MIN_SECRET_LENGTH) throw new Error("the ticket signing secret must be at least 32 characters");
  return createHmac("sha256", secret).update(`${TICKET_TOKEN_VERSION}.${payload}`).digest();
}

export function signTicket(claims: TicketClaims, secret: string): string {
  if (!KINDS.includes(claims.kind)) throw new Error(`unknown ticket kind ${claims.kind}`);
  if (!SUBJECT_PATTERN.test(claims.subject)) throw new Error("a ticket subject is 1–64 letters, digits or hyphens");
  if (!Number.isInteger(claims.year) || claims.year < 2000 || claims.year > 9999) throw new Error("bad ticket year");
  const payload = Buffer.from(`${claims.kind}|${claims.subject}|${claims.year}`, "utf8").toString("base64url");
  return `${TICKET_TOKEN_VERSION}.${payload}.${signature(payload, secret).toString("base64url")}`;
}

function parseClaims(payload: string): TicketClaims | null {
  const [kind, subject, year, ...rest] = Buffer.from(payload, "base64url").toString("utf8").split("|");
  if (rest.length > 0 || !KINDS.includes(kind as TicketKind)) return null;
  if (!subject || !SUBJECT_PATTERN.test(subject) || !year || !/^\d{4}$/.test(year)) return null;
  return { kind: kind as TicketKind, subject, year: Number(year) };
}

/** Accepts only a token this secret signed, unchanged; compares signatures in constant time. */
export function verifyTicket(token: string, secret: string): TicketVerification {
  const parts = token.trim().split(".");
  if (parts.length !== 3 || parts[0] !== TICKET_TOKEN_VERSION) return { ok: false, reason: "malformed" };
  const [, payload, given] = parts as [string, string, string];
  if (!BASE64URL_PATTERN.test(payload) || !BASE64URL_PATTERN.test(given)) return { ok: false, reason: "malformed" };
  const expected = signature(payload, secret);
  const presented = Buffer.from(given, "base64url");
  // Re-encoding catches non-canonical base64url (extra trailing bits) that would decode to the same bytes.
  if (
    presented.length !== expected.length ||
    presented.toString("base64url") !== given ||
    !timingSafeEqual(presented, expected)
  ) {
    return { ok: false, reason: "bad-signature" };
  }
  const claims = parseClaims(payload);
  return claims ? { ok: true, claims } : { ok: false, reason: "malformed" };
}
