import { TZDate } from "@date-fns/tz";
import { EVENT_TIME_ZONE } from "./zone";

// What staff type into the admin's date and time fields: plain text fields, so that every browser
// shows `dd/MM/yyyy` and 24-hour time whatever its language (a `type="date"` field follows the
// browser's locale, month first in an English Chrome). ISO values are accepted too, from scripts,
// bookmarked filter URLs and forms saved before.

const DAY_FIRST = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** `8:30`, `08:30`, `8h30`, `8h` (how times are written in Vietnamese programmes). */
const TIME = /^(\d{1,2})(?::(\d{2})|h(\d{2})?)$/i;

const pad = (value: number) => String(value).padStart(2, "0");

function isCalendarDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A typed day as ISO `yyyy-MM-dd`, or null when it is not a day of the calendar. */
export function parseDayInput(text: string): string | null {
  const value = text.trim();
  const dayFirst = DAY_FIRST.exec(value);
  const iso = ISO_DAY.exec(value);
  const parts = dayFirst ? [dayFirst[3], dayFirst[2], dayFirst[1]] : iso ? [iso[1], iso[2], iso[3]] : null;
  if (!parts) return null;
  const [year, month, day] = parts.map(Number) as [number, number, number];
  return isCalendarDay(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : null;
}

/** A typed time of day as `HH:mm` (24-hour), or null. */
export function parseTimeInput(text: string): string | null {
  const match = TIME.exec(text.trim());
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2] ?? match[3] ?? 0);
  return hour < 24 && minute < 60 ? `${pad(hour)}:${pad(minute)}` : null;
}

/** `19/09/2025 08:30` (or its ISO forms) as the instant in Quảng Ngãi time, or null. */
export function parseDateTimeInput(text: string): Date | null {
  const [dayText, timeText, ...rest] = text.trim().replace("T", " ").split(/\s+/);
  if (!dayText || !timeText || rest.length > 0) return null;
  const day = parseDayInput(dayText);
  const time = parseTimeInput(timeText);
  if (!day || !time) return null;
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const [hour, minute] = time.split(":").map(Number) as [number, number];
  return new Date(new TZDate(year, month - 1, date, hour, minute, 0, EVENT_TIME_ZONE).getTime());
}

/** An ISO day as the field shows it: `2025-09-19` → `19/09/2025`; anything else unchanged. */
export function formatDayInput(isoDay: string): string {
  const match = ISO_DAY.exec(isoDay);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : isoDay;
}

/** An instant as the date-and-time field shows it, in Quảng Ngãi time: `19/09/2025 08:30`. */
export function formatDateTimeInput(instant: Date): string {
  const local = new TZDate(instant.getTime(), EVENT_TIME_ZONE);
  return `${pad(local.getDate())}/${pad(local.getMonth() + 1)}/${local.getFullYear()} ${pad(local.getHours())}:${pad(local.getMinutes())}`;
}
