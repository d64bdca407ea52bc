import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

import { EVENT_TIME_ZONE } from "./zone";

function inEventZone(instant: Date, timeZone = EVENT_TIME_ZONE) {
  return new TZDate(instant.getTime(), timeZone);
}

/** `dd/MM/yyyy` of an instant, in the event's zone. */
export function formatDate(instant: Date, timeZone = EVENT_TIME_ZONE): string {
  return format(inEventZone(instant, timeZone), "dd/MM/yyyy");
}

/** `HH:mm` of an instant, in the event's zone. */
export function formatTime(instant: Date, timeZone = EVENT_TIME_ZONE): string {
  return format(inEventZone(instant, timeZone), "HH:mm");
}

/** `dd/MM/yyyy HH:mm` of an instant, in the event's zone. */
export function formatDateTime(instant: Date, timeZone = EVENT_TIME_ZONE): string {
  return format(inEventZone(instant, timeZone), "dd/MM/yyyy HH:mm");
}

/**
 * A calendar date stored as a SQL `date` (Prisma hands it over as UTC midnight):
 * formatted from its UTC fields so that no zone shift can move it to the previous day.
 */
export function formatCalendarDate(date: Date): string {
  return format(new TZDate(date.getTime(), "UTC"), "dd/MM/yyyy");
}

/** `19/09 – 26/09/2025`, or the full dates when the range crosses a year. */
export function formatCalendarRange(first: Date, last: Date): string {
  const start = new TZDate(first.getTime(), "UTC");
  const end = new TZDate(last.getTime(), "UTC");
  if (start.getTime() === end.getTime()) return formatCalendarDate(first);
  const startPattern = start.getFullYear() === end.getFullYear() ? "dd/MM" : "dd/MM/yyyy";
  return `${format(start, startPattern)} – ${format(end, "dd/MM/yyyy")}`;
}

/** Number of calendar days from `first` to `last`, both included. */
export function countCalendarDays(first: Date, last: Date): number {
  return Math.round((last.getTime() - first.getTime()) / 86_400_000) + 1;
}
