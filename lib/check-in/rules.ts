import { normalizePhone } from "@/lib/registration/rules";

// Check-in rules shared by the phone (offline) and the server. Pure: no I/O, no secrets.
//
// The phone never holds the ticket signing secret. It downloads the roster of the edition, in which
// each delegate is known by the SHA-256 of their signed ticket token; a scanned code is accepted only
// when its digest is in the roster, so a forged or altered code (whose signature the server never
// issued) matches nothing, online or offline.

/**
 * A delegate's seat (confirmed or on the wait list), or a session an accredited journalist covers:
 * journalists hold no seats, their pass lets them into the sessions named in their accreditation.
 */
type RosterSeat = { sessionId: string; status: "CONFIRMED" | "WAITLISTED" | "COVERING" };

/**
 * Someone the door may let in: a delegate (ticket of kind R, code `QN25-…`) or an accredited
 * journalist (press pass of kind P, code `BC25-…`; organisation = the outlet). Only what the door
 * needs to see: the phone and the press card number are never in it, only keys to match a number the
 * staff type (`matchKeys`), so that no one can read the delegates' phones off a station.
 */
export type RosterEntry = {
  kind: "delegate" | "press";
  code: string;
  /** SHA-256 (hex) of the signed ticket or press-pass token, as printed in the QR code. */
  ticketDigest: string;
  fullName: string;
  organization: string;
  /** HMAC-SHA-256 (hex), keyed with the roster's `matchSalt`, of the phone and press card number (`matchValuesOf`). */
  matchKeys: string[];
  /** A press pass the organisers withdrew: known, so that the door refuses it by name. */
  revoked: boolean;
  seats: RosterSeat[];
  /** Session id → ISO instant of the check-in already recorded. */
  checkIns: Record<string, string>;
};

/** `matchSalt`: a random key drawn for each download, so keys of one download match nothing in another. */
export type Roster = { downloadedAt: string; matchSalt: string; entries: RosterEntry[] };

/**
 * What a phone number or press card number is matched by, however it is typed: the phone in its
 * international form (`phone:+84905123456`), the card number in capitals without separators
 * (`card:TTX1024`). The server keys the roster's values and the station the typed query the same way.
 */
export function matchValuesOf(text: string): string[] {
  const values: string[] = [];
  const phone = normalizePhone(text);
  if (phone) values.push(`phone:${phone}`);
  const card = text
    .normalize("NFKC")
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, "");
  if (card.length >= 4) values.push(`card:${card}`);
  return values;
}

/** HMAC-SHA-256 (hex) of `value` keyed with `salt`, by WebCrypto: the same on the server and the phone. */
export async function matchKeyOf(salt: string, value: string): Promise<string> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey("raw", encoder.encode(salt), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const signature = await crypto.subtle.sign("HMAC", key, encoder.encode(value));
  return Array.from(new Uint8Array(signature), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** The keys a typed query matches entries by (none when it is no phone or card number). */
export function matchKeysOf(salt: string, query: string): Promise<string[]> {
  return Promise.all(matchValuesOf(query).map((value) => matchKeyOf(salt, value)));
}

/** A check-in made on a device, queued until the server has acknowledged it. */
export type CheckInEvent = { id: string; code: string; sessionId: string; at: string };

export type ScanOutcome =
  | { kind: "invalid" }
  | { kind: "unknown-code"; code: string }
  | { kind: "checked-in"; entry: RosterEntry; event: CheckInEvent }
  | { kind: "duplicate"; entry: RosterEntry; at: string }
  | { kind: "not-registered"; entry: RosterEntry }
  | { kind: "revoked"; entry: RosterEntry };

/** Lower case, without diacritics (đ included): how names and codes are compared. */
function foldText(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
}

/**
 * Delegates and journalists whose name, organisation (outlet) or code holds every word of the query,
 * accents optional, or whose phone or press card number is the one typed (`queryKeys`, from
 * `matchKeysOf`: whole numbers only, never part of one).
 */
export function searchRoster(
  entries: RosterEntry[],
  query: string,
  queryKeys: readonly string[] = [],
  limit = 20,
): RosterEntry[] {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  return entries
    .filter((entry) => {
      if (queryKeys.some((key) => entry.matchKeys.includes(key))) return true;
      const haystack = foldText(`${entry.fullName} ${entry.organization} ${entry.code}`);
      return words.every((word) => haystack.includes(word));
    })
    .slice(0, limit);
}

/**
 * The code printed on a ticket or press pass (`QN25-H8RQZ`, `BC25-39RVG`) as staff or a phone keyboard
 * may type it: any case, spaces, another kind of dash or none. Null when the text is not such a code
 * (a scanned QR code's signed token, for one).
 */
export function printedCodeOf(typed: string): string | null {
  const compact = typed
    .normalize("NFKC")
    .toUpperCase()
    .replace(/[\s\u2010-\u2015_.-]+/g, "");
  const match = /^([A-Z]{2}\d{2})([A-Z0-9]{5})$/.exec(compact);
  return match ? `${match[1]}-${match[2]}` : null;
}

/**
 * What the code field or the camera read, as the station looks it up: a printed code by the code
 * itself, anything else (a QR code's signed token) by its digest, so that only tokens the server
 * signed match.
 */
type ScannedCode = { kind: "printed"; code: string } | { kind: "token"; token: string };

export function classifyScanned(scanned: string): ScannedCode {
  const code = printedCodeOf(scanned);
  return code ? { kind: "printed", code } : { kind: "token", token: scanned.trim() };
}

export type SessionCount = { checkedIn: number; expected: number };

/**
 * The session's head count at the door: delegates with a confirmed seat and journalists covering it
 * (a withdrawn pass is expected no more), against those checked in there, delegates and journalists
 * apart. Someone staff let in without a seat counts as checked in, as in the statistics.
 */
export function countSession(entries: RosterEntry[], sessionId: string): { delegates: SessionCount; press: SessionCount } {
  const counts = { delegates: { checkedIn: 0, expected: 0 }, press: { checkedIn: 0, expected: 0 } };
  for (const entry of entries) {
    const count = entry.kind === "press" ? counts.press : counts.delegates;
    if (admits(entry, sessionId) && !entry.revoked) count.expected += 1;
    if (entry.checkIns[sessionId]) count.checkedIn += 1;
  }
  return counts;
}

/** Whether the entry's seat or coverage lets them into the session without staff deciding. */
function admits(entry: RosterEntry, sessionId: string): boolean {
  const seat = entry.seats.find((candidate) => candidate.sessionId === sessionId);
  return seat?.status === "CONFIRMED" || seat?.status === "COVERING";
}

/**
 * What checking `entry` in to `sessionId` at `at` means: refused when their press pass was withdrawn
 * (staff cannot override), a duplicate when they are already checked in there, not registered when
 * they hold no confirmed seat (a journalist: when the session is not one they cover) — staff may
 * still let them in — otherwise a new check-in event with the given id.
 */
export function decideCheckIn(
  entry: RosterEntry,
  sessionId: string,
  at: string,
  eventId: string,
  { force = false } = {},
): ScanOutcome {
  if (entry.revoked) return { kind: "revoked", entry };
  const existing = entry.checkIns[sessionId];
  if (existing) return { kind: "duplicate", entry, at: existing };
  if (!admits(entry, sessionId) && !force) return { kind: "not-registered", entry };
  return { kind: "checked-in", entry, event: { id: eventId, code: entry.code, sessionId, at } };
}

/** Adds an event to the queue unless the same delegate is already queued for that session. */
export function enqueue(queue: CheckInEvent[], event: CheckInEvent): CheckInEvent[] {
  const queued = queue.some((item) => item.code === event.code && item.sessionId === event.sessionId);
  return queued ? queue : [...queue, event];
}

/** The queue without the events the server has answered for. */
export function acknowledge(queue: CheckInEvent[], answeredIds: Iterable<string>): CheckInEvent[] {
  const answered = new Set(answeredIds);
  return queue.filter((event) => !answered.has(event.id));
}

/** The queue as stored on the device; anything unreadable counts as empty rather than breaking the page. */
export function parseQueue(stored: string | null): CheckInEvent[] {
  if (!stored) return [];
  try {
    return toQueue(JSON.parse(stored));
  } catch {
    return [];
  }
}

/** The well-formed events of a stored value, which the device may hold from an older version. */
export function toQueue(value: unknown): CheckInEvent[] {
  return Array.isArray(value)
    ? value.filter(
        (item): item is CheckInEvent =>
          typeof item?.id === "string" &&
          typeof item?.code === "string" &&
          typeof item?.sessionId === "string" &&
          typeof item?.at === "string",
      )
    : [];
}

/**
 * The time a check-in is recorded with: when it was scanned, as the device says, unless the device's
 * clock is implausible (in the future, or more than a day back), then the server's.
 */
export function plausibleCheckInTime(claimed: Date, now: Date): Date {
  const age = now.getTime() - claimed.getTime();
  return Number.isNaN(age) || age < -5 * 60_000 || age > 24 * 3_600_000 ? now : claimed;
}

/** After this, the station says its roster is old: people registered since are not on it. */
const STALE_ROSTER_MS = 30 * 60_000;

type RosterAge = { unit: "now" | "minutes" | "hours" | "days"; count: number; stale: boolean };

/** How old the roster is, in the largest whole unit, for the station's status line. */
export function rosterAge(downloadedAt: string, now: Date): RosterAge {
  const elapsed = Math.max(0, now.getTime() - new Date(downloadedAt).getTime());
  const stale = elapsed > STALE_ROSTER_MS;
  const minutes = Math.floor(elapsed / 60_000);
  if (minutes < 1) return { unit: "now", count: 0, stale };
  if (minutes < 60) return { unit: "minutes", count: minutes, stale };
  const hours = Math.floor(minutes / 60);
  return hours < 24 ? { unit: "hours", count: hours, stale } : { unit: "days", count: Math.floor(hours / 24), stale };
}
