import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import type { Prisma } from "@/lib/generated/prisma/client";
import { EVENT_TIME_ZONE, localDateTimeToUtc } from "@/lib/time/zone";

/** What a session says of itself: kind, titles, texts and times (each read and copy starts from these). */
export const SESSION_CONTENT_SELECT = {
  slug: true,
  type: true,
  title: true,
  titleEn: true,
  content: true,
  contentEn: true,
  participants: true,
  participantsEn: true,
  startsAt: true,
  endsAt: true,
} satisfies Prisma.SessionSelect;

/** Seats still open to public registration; null when the session takes no registrations. */
export function seatsLeft(session: { capacity: number | null; seatsTaken: number }): number | null {
  if (session.capacity === null) return null;
  return Math.max(0, session.capacity - session.seatsTaken);
}

/**
 * A session has taken place once it has ended: it then reads "Đã diễn ra" and takes no registration.
 * Multi-day sessions (the exhibition, a campaign of weeks) stay open while they run.
 */
export function hasTakenPlace(session: { endsAt: Date }, now: Date): boolean {
  return session.endsAt.getTime() <= now.getTime();
}

/** A session a visitor can register for right now: published, taking registrations, with seats counted, not over. */
export function isOpenForRegistration(
  session: { status: string; registrationOpen: boolean; capacity: number | null; endsAt: Date },
  now: Date,
): boolean {
  return session.status === "PUBLISHED" && session.registrationOpen && session.capacity !== null && !hasTakenPlace(session, now);
}

/** Whether the time or the place delegates were told of has changed (what a change notice is about). */
export function hasScheduleChanged(
  before: { startsAt: Date; endsAt: Date; venueId: string | null },
  after: { startsAt: Date; endsAt: Date; venueId: string | null },
): boolean {
  return (
    before.startsAt.getTime() !== after.startsAt.getTime() ||
    before.endsAt.getTime() !== after.endsAt.getTime() ||
    before.venueId !== after.venueId
  );
}

// A handful of words is plenty for an agenda; the cap keeps a pasted paragraph from becoming a huge query.
const MAX_SEARCH_WORDS = 8;
const MAX_WORD_LENGTH = 64;

/**
 * The words of a search query, NFC-normalised (a decomposed "ă" typed on some keyboards must match
 * the precomposed one stored), deduplicated and escaped for use inside a LIKE pattern.
 */
export function searchWords(query: string): string[] {
  const words = query
    .normalize("NFC")
    .split(/\s+/u)
    .map((word) => word.slice(0, MAX_WORD_LENGTH))
    .filter((word) => word.length > 0);
  return [...new Set(words)].slice(0, MAX_SEARCH_WORDS).map(escapeLike);
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The day after an ISO day, by calendar arithmetic (no zone can shift it). */
function nextIsoDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** The instants at which a local day starts and the next one starts; null for a malformed or impossible day. */
export function localDayBounds(day: string, timeZone = EVENT_TIME_ZONE): { start: Date; end: Date } | null {
  if (!ISO_DAY.test(day)) return null;
  try {
    return { start: localDateTimeToUtc(day, "00:00", timeZone), end: localDateTimeToUtc(nextIsoDay(day), "00:00", timeZone) };
  } catch {
    return null;
  }
}

/** The local day (YYYY-MM-DD) of an instant. */
export function localDay(instant: Date, timeZone = EVENT_TIME_ZONE): string {
  return format(new TZDate(instant.getTime(), timeZone), "yyyy-MM-dd");
}

/** Every day of an edition, from its SQL `date` bounds (read from their UTC fields), both included. */
export function editionDays(startsOn: Date, endsOn: Date): string[] {
  const days: string[] = [];
  const last = endsOn.toISOString().slice(0, 10);
  for (let day = startsOn.toISOString().slice(0, 10); day <= last; day = nextIsoDay(day)) days.push(day);
  return days;
}

type Timed = { startsAt: Date; endsAt: Date };

/** The local days a session covers. One that ends at midnight does not spill into the next day. */
export function sessionDays(session: Timed, timeZone = EVENT_TIME_ZONE): string[] {
  const first = localDay(session.startsAt, timeZone);
  const last = localDay(new Date(Math.max(session.startsAt.getTime(), session.endsAt.getTime() - 1)), timeZone);
  const days: string[] = [];
  for (let day = first; day <= last; day = nextIsoDay(day)) days.push(day);
  return days;
}

const HALF_DAYS = ["allDay", "morning", "afternoon", "evening"] as const;
export type HalfDay = (typeof HALF_DAYS)[number];

/**
 * Where a session sits on a given day: a session already running when the day begins (the second day
 * of the exhibition, a weeks-long campaign) is "allDay"; otherwise by its local start time —
 * morning before noon, afternoon before 18:00, evening after.
 */
export function halfDayOf(session: Timed, day: string, timeZone = EVENT_TIME_ZONE): HalfDay {
  if (localDay(session.startsAt, timeZone) < day) return "allDay";
  const hour = new TZDate(session.startsAt.getTime(), timeZone).getHours();
  if (hour < 12) return "morning";
  if (hour < 18) return "afternoon";
  return "evening";
}

type HalfDayGroup<S> = { halfDay: HalfDay; sessions: S[] };
export type AgendaDay<S> = { day: string; sessions: S[]; halfDays: HalfDayGroup<S>[] };

/**
 * The agenda's tabs: each day of the edition with the sessions held on it (multi-day sessions on each
 * of their days), grouped by half-day in time order. A session lying wholly outside the edition's days
 * gets its first day added, so that nothing published is ever missing from the agenda.
 */
export function groupSessionsByDay<S extends Timed & { title: string }>(
  days: string[],
  sessions: S[],
  timeZone = EVENT_TIME_ZONE,
): AgendaDay<S>[] {
  const byDay = new Map<string, S[]>(days.map((day) => [day, []]));
  for (const session of sessions) {
    const covered = sessionDays(session, timeZone);
    const inEdition = covered.filter((day) => byDay.has(day));
    for (const day of inEdition.length > 0 ? inEdition : covered.slice(0, 1)) {
      const list = byDay.get(day) ?? [];
      list.push(session);
      byDay.set(day, list);
    }
  }
  return [...byDay.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([day, daySessions]) => {
      const ordered = [...daySessions].sort(compareSessions);
      const halfDays = HALF_DAYS.map((halfDay) => ({
        halfDay,
        sessions: ordered.filter((session) => halfDayOf(session, day, timeZone) === halfDay),
      })).filter((group) => group.sessions.length > 0);
      return { day, sessions: ordered, halfDays };
    });
}

/**
 * Whether a session runs through every day of the Week, or beyond it (the five-week communications
 * campaign): such an activity is listed once, above the days, instead of under each of them. A Week
 * of one or two days has none: a session covering it all is simply on its days.
 */
export function runsThroughWeek(session: Timed, days: string[], timeZone = EVENT_TIME_ZONE): boolean {
  if (days.length <= 2) return false;
  const covered = new Set(sessionDays(session, timeZone));
  return days.every((day) => covered.has(day));
}

export type WeekAgenda<S> = { throughout: S[]; days: AgendaDay<S>[] };

/**
 * The agenda read at a glance: what runs through the whole Week once (in time order), then each day
 * with the sessions of its own — a multi-day session inside the Week (the two-day exhibition) stays
 * on each of its days.
 */
export function groupWeekAgenda<S extends Timed & { title: string }>(
  days: string[],
  sessions: S[],
  timeZone = EVENT_TIME_ZONE,
): WeekAgenda<S> {
  const throughout = sessions.filter((session) => runsThroughWeek(session, days, timeZone)).sort(compareSessions);
  const own = sessions.filter((session) => !throughout.includes(session));
  return { throughout, days: groupSessionsByDay(days, own, timeZone) };
}

function compareSessions(a: Timed & { title: string }, b: Timed & { title: string }): number {
  return a.startsAt.getTime() - b.startsAt.getTime() || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0);
}

type FilterSource = {
  type: string;
  venue: { slug: string; name: string; nameEn: string | null } | null;
  leadUnit: { id: string; name: string; nameEn: string | null };
};

/**
 * The choices the agenda's filters offer: only values some session of the edition has, so that no
 * choice leads to an empty page. Types keep the order of `typeOrder`; venues and units their first appearance.
 */
export function filterOptions<S extends FilterSource>(sessions: S[], typeOrder: readonly string[]) {
  const venues = new Map<string, NonNullable<S["venue"]>>();
  const leads = new Map<string, S["leadUnit"]>();
  const types = new Set<string>();
  for (const session of sessions) {
    types.add(session.type);
    if (session.venue && !venues.has(session.venue.slug)) venues.set(session.venue.slug, session.venue as NonNullable<S["venue"]>);
    if (!leads.has(session.leadUnit.id)) leads.set(session.leadUnit.id, session.leadUnit);
  }
  return {
    types: typeOrder.filter((type) => types.has(type)) as S["type"][],
    venues: [...venues.values()],
    leads: [...leads.values()],
  };
}

// ───────────── Editing rules for organisers (admin) ─────────────

type Scheduled = Timed & { id: string; type: string; venueId: string | null; status: string };

/** Two time ranges overlap when each starts before the other ends (touching ends do not clash). */
function timesOverlap(a: Timed, b: Timed): boolean {
  return a.startsAt < b.endsAt && b.startsAt < a.endsAt;
}

/**
 * The other sessions held in the same venue at overlapping times. Exhibitions share their hall with
 * talks by design and cancelled sessions hold no room, so neither clashes.
 */
export function findVenueClashes<S extends Scheduled>(session: Omit<Scheduled, "status">, others: S[]): S[] {
  if (!session.venueId || session.type === "EXHIBITION") return [];
  return others.filter(
    (other) =>
      other.id !== session.id &&
      other.venueId === session.venueId &&
      other.type !== "EXHIBITION" &&
      other.status !== "CANCELLED" &&
      timesOverlap(session, other),
  );
}

/** True when a session starts before the edition's first day or ends after its last (local days). */
export function isOutsideEdition(session: Timed, edition: { startsOn: Date; endsOn: Date }, timeZone = EVENT_TIME_ZONE): boolean {
  const days = sessionDays(session, timeZone);
  const first = edition.startsOn.toISOString().slice(0, 10);
  const last = edition.endsOn.toISOString().slice(0, 10);
  return days[0]! < first || days.at(-1)! > last;
}

/** True when the seats offered exceed what the venue holds (a warning: the venue's figure may be old). */
export function exceedsVenueCapacity(capacity: number | null, venueCapacity: number | null | undefined): boolean {
  return capacity !== null && venueCapacity != null && capacity > venueCapacity;
}

/** Seats already confirmed cannot be taken back by lowering (or removing) the capacity. */
export function isCapacityBelowConfirmed(capacity: number | null, seatsTaken: number): boolean {
  return seatsTaken > 0 && (capacity === null || capacity < seatsTaken);
}

export type SessionWarning =
  | { kind: "venueClash"; sessions: { id: string; title: string; startsAt: Date; endsAt: Date }[] }
  | { kind: "outsideEdition" }
  | { kind: "aboveVenueCapacity"; venueCapacity: number };

type WarningInput = {
  session: Omit<Scheduled, "status"> & { capacity: number | null; invitedCapacity: number };
  edition: { startsOn: Date; endsOn: Date; timeZone: string };
  venueCapacity: number | null;
  sameVenueSessions: (Scheduled & { title: string })[];
};

/** What an organiser should look at again before publishing; none of it prevents saving. */
export function sessionWarnings({ session, edition, venueCapacity, sameVenueSessions }: WarningInput): SessionWarning[] {
  const warnings: SessionWarning[] = [];
  const clashes = findVenueClashes(session, sameVenueSessions);
  if (clashes.length > 0) {
    warnings.push({
      kind: "venueClash",
      sessions: clashes.map(({ id, title, startsAt, endsAt }) => ({ id, title, startsAt, endsAt })),
    });
  }
  if (isOutsideEdition(session, edition, edition.timeZone)) warnings.push({ kind: "outsideEdition" });
  // The hall holds the invited guests as well as the public.
  const seatsOffered = session.capacity === null && session.invitedCapacity === 0 ? null : (session.capacity ?? 0) + session.invitedCapacity;
  if (exceedsVenueCapacity(seatsOffered, venueCapacity)) warnings.push({ kind: "aboveVenueCapacity", venueCapacity: venueCapacity! });
  return warnings;
}

export type SessionStatusChange = "publish" | "unpublish" | "cancel";

const STATUS_CHANGES: Record<SessionStatusChange, { from: readonly string[]; to: "DRAFT" | "PUBLISHED" | "CANCELLED" }> = {
  publish: { from: ["DRAFT", "CANCELLED"], to: "PUBLISHED" },
  unpublish: { from: ["PUBLISHED"], to: "DRAFT" },
  cancel: { from: ["DRAFT", "PUBLISHED"], to: "CANCELLED" },
};

/**
 * The status a change leads to, or why it is refused: a session delegates hold seats in stays on the
 * public agenda (it can be cancelled, which tells them, but not silently hidden).
 */
export function nextSessionStatus(
  current: string,
  change: SessionStatusChange,
  activeSeats: number,
): { ok: true; status: "DRAFT" | "PUBLISHED" | "CANCELLED" } | { ok: false; reason: "invalidTransition" | "hasRegistrations" } {
  const rule = STATUS_CHANGES[change];
  if (!rule.from.includes(current)) return { ok: false, reason: "invalidTransition" };
  if (change === "unpublish" && activeSeats > 0) return { ok: false, reason: "hasRegistrations" };
  return { ok: true, status: rule.to };
}

/** A session anybody ever registered for is part of their history: it can be cancelled, not deleted. */
export function canDeleteSession(seatCount: number): boolean {
  return seatCount === 0;
}
