import { EVENT_TIME_ZONE } from "./zone";

// Feeds format dozens of instants per request: one cached Intl formatter per zone is ~20 times
// cheaper than building a TZDate and formatting it with date-fns each time.
const wallClockFormatters = new Map<string, Intl.DateTimeFormat>();

function wallClockFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = wallClockFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    wallClockFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The zone's offset from UTC at an instant, in minutes (420 for Vietnam). */
export function zoneOffsetMinutes(instant: Date, timeZone = EVENT_TIME_ZONE): number {
  const parts: Record<string, number> = {};
  for (const part of wallClockFormatter(timeZone).formatToParts(instant)) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  const wallClockAsUtc = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  const wholeSeconds = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((wallClockAsUtc - wholeSeconds) / 60_000);
}

function formatOffset(minutes: number): string {
  const absolute = Math.abs(minutes);
  const hours = String(Math.floor(absolute / 60)).padStart(2, "0");
  return `${minutes < 0 ? "-" : "+"}${hours}:${String(absolute % 60).padStart(2, "0")}`;
}

/**
 * ISO 8601 with the zone's offset, to the second: `2025-09-19T08:00:00+07:00`.
 * Feeds give local wall-clock time plus offset rather than UTC `Z`, so that a reader who ignores
 * the offset still shows the hour printed in the programme; UTC zones keep an explicit `+00:00`.
 */
export function formatIsoWithOffset(instant: Date, timeZone = EVENT_TIME_ZONE): string {
  const offset = zoneOffsetMinutes(instant, timeZone);
  const wallClock = new Date(Math.floor(instant.getTime() / 1000) * 1000 + offset * 60_000);
  return `${wallClock.toISOString().slice(0, 19)}${formatOffset(offset)}`;
}
