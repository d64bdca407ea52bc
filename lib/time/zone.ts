import { TZDate } from "@date-fns/tz";

/** The Week takes place in Quảng Ngãi; Vietnam keeps UTC+7 all year. */
export const EVENT_TIME_ZONE = "Asia/Ho_Chi_Minh";

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * The instant at which a wall clock in `timeZone` shows `date` ("YYYY-MM-DD") at `time` ("HH:mm").
 * Strict about its input: a loosely parsed "2025-9-19" or "2025-02-30" would silently move a session.
 */
export function localDateTimeToUtc(date: string, time: string, timeZone = EVENT_TIME_ZONE): Date {
  const dateParts = DATE_PATTERN.exec(date);
  const timeParts = TIME_PATTERN.exec(time);
  if (!dateParts || !timeParts) {
    throw new RangeError(`Expected a date "YYYY-MM-DD" and a time "HH:mm", got "${date}" and "${time}".`);
  }
  const year = Number(dateParts[1]);
  const monthIndex = Number(dateParts[2]) - 1;
  const day = Number(dateParts[3]);
  const local = new TZDate(year, monthIndex, day, Number(timeParts[1]), Number(timeParts[2]), timeZone);
  if (Number.isNaN(local.getTime())) throw new RangeError(`Unknown time zone "${timeZone}".`);
  // Date arithmetic rolls 30 February over into March; refuse instead.
  if (local.getFullYear() !== year || local.getMonth() !== monthIndex || local.getDate() !== day) {
    throw new RangeError(`No such date: "${date}".`);
  }
  return new Date(local.getTime());
}
