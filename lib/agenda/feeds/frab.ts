import { formatDateTime, formatTime } from "@/lib/time/format";
import { formatIsoWithOffset } from "@/lib/time/iso";
import { localDateTimeToUtc } from "@/lib/time/zone";
import { latestOf } from "@/lib/http/cache";
import type { SessionType } from "@/lib/generated/prisma/client";
import type { AgendaEdition, AgendaSession } from "../queries";
import { editionDays, localDayBounds, sessionDays } from "../rules";
import { describeOrganisation, roomName, sessionPageLabel, sessionTypeLabel, spansDaysText } from "./describe";
import { publicMaterials } from "./session-list";
import { integerIdsFor, nameBasedUuid } from "./stable-ids";
import { agendaPageUrl, sessionPageUrl, type FeedSite } from "./site";

// The frab schedule format (schedule.json and schedule.xml) that pretalx, frab and Indico-compatible
// conference apps load: https://c3voc.de/schedule/schema.json and the C3VOC XSD. The JSON model is
// built once; the XML is rendered from it, so both always hold the same events.

type FrabPerson = { name: string; public_name: string };
type FrabLink = { title: string; url: string; type: "web" };
/** A file of the session (slides, a document), as pretalx lists attachments. */
type FrabAttachment = { title: string; url: string; type: string };

export type FrabEvent = {
  id: number;
  guid: string;
  date: string;
  start: string;
  duration: string;
  room: string;
  slug: string;
  url: string;
  title: string;
  subtitle: string;
  track: string;
  type: string;
  language: string;
  abstract: string;
  description: string;
  persons: FrabPerson[];
  links: FrabLink[];
  attachments: FrabAttachment[];
};

type FrabRoom = { name: string; guid: string };

type FrabDay = {
  index: number;
  date: string;
  day_start: string;
  day_end: string;
  rooms: Record<string, FrabEvent[]>;
};

export type FrabSchedule = {
  $schema: string;
  schedule: {
    version: string;
    base_url: string;
    conference: {
      acronym: string;
      title: string;
      start: string;
      end: string;
      daysCount: number;
      timeslot_duration: string;
      time_zone_name: string;
      url: string;
      rooms: FrabRoom[];
      tracks: { name: string }[];
      days: FrabDay[];
    };
  };
};

const SCHEMA_URL = "https://c3voc.de/schedule/schema.json";
const LANGUAGE = "vi";
/** Days without any session still need hours for the apps' time grid. */
const DEFAULT_DAY_HOURS = { start: "08:00", end: "17:00" };

/** frab's own event types, which schedule apps know; the portal's finer type goes into `track`. */
const FRAB_TYPES: Record<SessionType, string> = {
  OPENING_CEREMONY: "meeting",
  CLOSING_CEREMONY: "meeting",
  CONFERENCE: "lecture",
  WORKSHOP: "workshop",
  ROUND_TABLE: "podium",
  FORUM: "podium",
  EXHIBITION: "other",
  COMMUNICATIONS: "other",
  CONTEST: "other",
  SITE_VISIT: "other",
  OTHER: "other",
};

/** A short lower-case name matching the C3VOC pattern for acronyms: `dmstqn2025`. */
function scheduleAcronym(edition: AgendaEdition): string {
  return `dmstqn${edition.year}`;
}

type Occurrence = {
  session: AgendaSession;
  day: string;
  start: Date;
  end: Date;
  guid: string;
  /** For an event cut from a multi-day session: the whole span, for the subtitle. */
  span: string | null;
};

/**
 * frab events live within one day and have a duration, while the exhibition runs 25–26/9 and the
 * communications campaign 01/9–10/10. A session spanning several days therefore becomes one event on
 * each day of the edition that it covers (a campaign that starts weeks before the Week would
 * otherwise stretch the schedule over forty days; one that lies wholly outside the Week gets its first
 * day). Each such event keeps the session's daily hours (the exhibition: 08:00–17:00 on both days),
 * or, when the session runs through the night, the part of the session within that day. The first
 * event of a session is identified by the session alone and the others by session and day, so guids
 * stay stable when a session gains or loses days at its end.
 */
function occurrencesOf(session: AgendaSession, weekDays: Set<string>, timeZone: string): Occurrence[] {
  const covered = sessionDays(session, timeZone);
  if (covered.length === 1) {
    const guid = nameBasedUuid(`session:${session.id}`);
    return [{ session, day: covered[0]!, start: session.startsAt, end: session.endsAt, guid, span: null }];
  }
  const inWeek = covered.filter((day) => weekDays.has(day));
  const days = inWeek.length > 0 ? inWeek : [covered[0]!];
  const opens = formatTime(session.startsAt, timeZone);
  const closes = formatTime(session.endsAt, timeZone);
  const span = spansDaysText(formatDateTime(session.startsAt, timeZone), formatDateTime(session.endsAt, timeZone));
  return days.map((day, index) => {
    const guid = nameBasedUuid(index === 0 ? `session:${session.id}` : `session:${session.id}:${day}`);
    if (closes > opens) {
      const start = localDateTimeToUtc(day, opens, timeZone);
      return { session, day, start, end: localDateTimeToUtc(day, closes, timeZone), guid, span };
    }
    const bounds = localDayBounds(day, timeZone)!;
    return {
      session,
      day,
      start: laterOf(session.startsAt, bounds.start),
      end: earlierOf(session.endsAt, bounds.end),
      guid,
      span,
    };
  });
}

function laterOf(a: Date, b: Date): Date {
  return a.getTime() > b.getTime() ? a : b;
}

function earlierOf(a: Date, b: Date): Date {
  return a.getTime() < b.getTime() ? a : b;
}

/** `HH:mm` of a length of time; hours may pass 24 (the format allows it). */
function formatDuration(milliseconds: number): string {
  const minutes = Math.max(0, Math.round(milliseconds / 60_000));
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

function slugPart(slug: string): string {
  return (
    slug
      .toLowerCase()
      .replace(/[^a-z0-9_-]+/g, "-")
      .replace(/^-+|-+$/g, "") || "session"
  );
}

function toEvent(occurrence: Occurrence, id: number, input: ScheduleInput, acronym: string): FrabEvent {
  const { session, start, end } = occurrence;
  const timeZone = input.edition.timeZone;
  const url = sessionPageUrl(input.site, input.edition.year, session.slug);
  const date = formatIsoWithOffset(start, timeZone);
  const materials = publicMaterials(session, input.site);
  return {
    id,
    guid: occurrence.guid,
    date,
    start: date.slice(11, 16),
    duration: formatDuration(end.getTime() - start.getTime()),
    room: roomName(session.venue),
    slug: `${acronym}-${id}-${slugPart(session.slug)}`,
    url,
    title: session.title,
    subtitle: occurrence.span ?? "",
    track: sessionTypeLabel(session.type),
    type: FRAB_TYPES[session.type],
    language: LANGUAGE,
    abstract: session.content.trim(),
    description: describeOrganisation(session).join("\n\n"),
    persons: session.speakers.map((speaker) => ({ name: speaker.name, public_name: speaker.name })),
    links: [{ title: sessionPageLabel(), url, type: "web" }, ...materials.filter((item) => item.type === null).map((item) => ({ title: item.title, url: item.url, type: "web" as const }))],
    attachments: materials.flatMap((item) => (item.type === null ? [] : [{ title: item.title, url: item.url, type: item.type }])),
  };
}

/** Every calendar day from the first to the last, both included. */
function daysBetween(first: string, last: string): string[] {
  return editionDays(new Date(`${first}T00:00:00Z`), new Date(`${last}T00:00:00Z`));
}

type ScheduleInput = { edition: AgendaEdition; sessions: AgendaSession[]; site: FeedSite };

/** The edition's published sessions as a frab/pretalx schedule.json document. */
export function buildFrabSchedule(input: ScheduleInput): FrabSchedule {
  const { edition, site } = input;
  const timeZone = edition.timeZone;
  const acronym = scheduleAcronym(edition);
  const published = input.sessions.filter((session) => session.status === "PUBLISHED");
  const weekDays = editionDays(edition.startsOn, edition.endsOn);
  const occurrences = published.flatMap((session) => occurrencesOf(session, new Set(weekDays), timeZone));
  const ids = integerIdsFor(occurrences.map((occurrence) => occurrence.guid));
  const events = occurrences.map((occurrence) => ({
    occurrence,
    event: toEvent(occurrence, ids.get(occurrence.guid)!, input, acronym),
  }));

  const allDays = [...weekDays, ...occurrences.map((occurrence) => occurrence.day)].sort();
  const days = daysBetween(allDays[0]!, allDays.at(-1)!);

  const rooms: FrabRoom[] = [];
  for (const session of [...published].sort((a, b) => Number(a.venue === null) - Number(b.venue === null))) {
    const name = roomName(session.venue);
    if (!rooms.some((room) => room.name === name)) {
      rooms.push({ name, guid: nameBasedUuid(session.venue ? `venue:${session.venue.slug}` : "room:online") });
    }
  }
  const tracks = [...new Set(published.map((session) => sessionTypeLabel(session.type)))].map((name) => ({ name }));

  const scheduleDays = days.map((day, index): FrabDay => {
    const ofDay = events
      .filter(({ occurrence }) => occurrence.day === day)
      .sort(
        (a, b) => a.occurrence.start.getTime() - b.occurrence.start.getTime() || a.event.title.localeCompare(b.event.title, "vi"),
      );
    const dayStart = earliest(ofDay.map(({ occurrence }) => occurrence.start));
    const dayEnd = latestOf(ofDay.map(({ occurrence }) => occurrence.end));
    return {
      index: index + 1,
      date: day,
      day_start: formatIsoWithOffset(dayStart ?? localDateTimeToUtc(day, DEFAULT_DAY_HOURS.start, timeZone), timeZone),
      day_end: formatIsoWithOffset(dayEnd ?? localDateTimeToUtc(day, DEFAULT_DAY_HOURS.end, timeZone), timeZone),
      rooms: Object.fromEntries(
        rooms.map((room) => [room.name, ofDay.filter(({ event }) => event.room === room.name).map(({ event }) => event)]),
      ),
    };
  });

  const lastChange = latestOf([edition.updatedAt, ...published.map((session) => session.updatedAt)])!;
  return {
    $schema: SCHEMA_URL,
    schedule: {
      version: formatIsoWithOffset(lastChange, timeZone),
      base_url: `${site.baseUrl.replace(/\/+$/, "")}/`,
      conference: {
        acronym,
        title: edition.name,
        start: days[0]!,
        end: days.at(-1)!,
        daysCount: days.length,
        timeslot_duration: "00:15",
        time_zone_name: timeZone,
        url: agendaPageUrl(site, edition.year),
        rooms,
        tracks,
        days: scheduleDays,
      },
    },
  };
}

function earliest(dates: Date[]): Date | null {
  return dates.reduce<Date | null>((first, date) => (!first || date.getTime() < first.getTime() ? date : first), null);
}
