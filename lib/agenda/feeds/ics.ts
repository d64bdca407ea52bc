import { zoneOffsetMinutes } from "@/lib/time/iso";
import type { AgendaEdition, AgendaSession } from "../queries";
import { cancelledTitle, describeOrganisation, detailsLabel, locationText, sessionTypeLabel } from "./describe";
import { escapeText, formatLocalDateTime, formatUtcDateTime, formatUtcOffset, serializeLines } from "./icalendar";
import { sessionPageUrl, siteHost, type FeedSite } from "./site";

// RFC 5545 calendars of an edition and of one session, for subscription and "add to calendar".

const PRODID = "-//So KH&CN tinh Quang Ngai//Cong thong tin Tuan le DMST va CDS//VI";

type CalendarInput = {
  edition: AgendaEdition;
  /** Published and cancelled sessions: a cancelled one must reach subscribers to disappear from their calendars. */
  sessions: AgendaSession[];
  site: FeedSite;
  /** The calendar's display name; the edition's name by default. */
  name?: string;
};

/**
 * The zone's offset when it keeps one all year (Vietnam: +07:00 since 1975), or null. A zone with
 * daylight saving time would need its full rules in the VTIMEZONE; for such a zone times are written in UTC instead.
 */
function fixedOffset(timeZone: string, instants: Date[]): number | null {
  const offsets = new Set(instants.map((instant) => zoneOffsetMinutes(instant, timeZone)));
  return offsets.size === 1 ? [...offsets][0]! : null;
}

function yearProbes(instants: Date[]): Date[] {
  const years = new Set(instants.map((instant) => instant.getUTCFullYear()));
  return [...years].flatMap((year) => [new Date(Date.UTC(year, 0, 15)), new Date(Date.UTC(year, 6, 15))]);
}

function timeZoneComponent(timeZone: string, offsetMinutes: number): string[] {
  const offset = formatUtcOffset(offsetMinutes);
  return [
    "BEGIN:VTIMEZONE",
    `TZID:${timeZone}`,
    `X-LIC-LOCATION:${timeZone}`,
    "BEGIN:STANDARD",
    // A fixed offset: the same on both sides of the only observance, which starts before any session.
    `TZOFFSETFROM:${offset}`,
    `TZOFFSETTO:${offset}`,
    `TZNAME:${offset.slice(0, 3)}${offset.endsWith("00") ? "" : offset.slice(3)}`,
    "DTSTART:19700101T000000",
    "END:STANDARD",
    "END:VTIMEZONE",
  ];
}

function description(session: AgendaSession, url: string): string {
  const parts = [session.content.trim(), ...describeOrganisation(session), `${detailsLabel()}: ${url}`];
  return parts.filter(Boolean).join("\n\n");
}

function eventComponent(session: AgendaSession, input: CalendarInput, timeZone: string | null): string[] {
  const url = sessionPageUrl(input.site, input.edition.year, session.slug);
  const isCancelled = session.status === "CANCELLED";
  const when = (instant: Date) =>
    timeZone ? `;TZID=${timeZone}:${formatLocalDateTime(instant, timeZone)}` : `:${formatUtcDateTime(instant)}`;
  const lines = [
    "BEGIN:VEVENT",
    `UID:${session.id}@${siteHost(input.site)}`,
    // DTSTAMP is the time of the session's last change, not of the request: the body (and its ETag)
    // then stays identical between changes, so clients can revalidate for free.
    `DTSTAMP:${formatUtcDateTime(session.updatedAt)}`,
    `DTSTART${when(session.startsAt)}`,
    `DTEND${when(session.endsAt)}`,
    `SEQUENCE:${session.sequence}`,
    `LAST-MODIFIED:${formatUtcDateTime(session.updatedAt)}`,
    `SUMMARY:${escapeText(isCancelled ? cancelledTitle(session.title) : session.title)}`,
    `DESCRIPTION:${escapeText(description(session, url))}`,
  ];
  if (session.venue) {
    lines.push(`LOCATION:${escapeText(locationText(session.venue))}`);
    if (session.venue.latitude !== null && session.venue.longitude !== null) {
      lines.push(`GEO:${session.venue.latitude};${session.venue.longitude}`);
    }
  }
  lines.push(
    `URL:${url}`,
    `CATEGORIES:${escapeText(sessionTypeLabel(session.type))}`,
    `STATUS:${isCancelled ? "CANCELLED" : "CONFIRMED"}`,
    "CLASS:PUBLIC",
    "TRANSP:OPAQUE",
    "END:VEVENT",
  );
  return lines;
}

/** The edition's sessions as one VCALENDAR (RFC 5545), ready to serve as `text/calendar`. */
export function buildCalendar(input: CalendarInput): string {
  const instants = [input.edition.startsOn, ...input.sessions.flatMap((session) => [session.startsAt, session.endsAt])];
  const offset = fixedOffset(input.edition.timeZone, [...instants, ...yearProbes(instants)]);
  const timeZone = offset === null ? null : input.edition.timeZone;
  const lines = [
    "BEGIN:VCALENDAR",
    `PRODID:${PRODID}`,
    "VERSION:2.0",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(input.name ?? input.edition.name)}`,
    `X-WR-TIMEZONE:${input.edition.timeZone}`,
    // Subscribed calendars poll at the rate the publisher suggests (RFC 7986 and Apple's older hint).
    "REFRESH-INTERVAL;VALUE=DURATION:PT1H",
    "X-PUBLISHED-TTL:PT1H",
    ...(timeZone && offset !== null ? timeZoneComponent(timeZone, offset) : []),
    ...input.sessions.flatMap((session) => eventComponent(session, input, timeZone)),
    "END:VCALENDAR",
  ];
  return serializeLines(lines);
}

/** One session as a calendar of its own, for the "add to calendar" button. */
export function buildSessionCalendar(edition: AgendaEdition, session: AgendaSession, site: FeedSite): string {
  return buildCalendar({ edition, sessions: [session], site, name: session.title });
}
