import { formatDate, formatTime } from "@/lib/time/format";

/**
 * How a session's time reads in a list: `19/09/2025, 08:00 – 11:30` within a day,
 * `25/09/2025 08:00 – 26/09/2025 17:00` across days.
 */
export function describeSessionTime(startsAt: Date, endsAt: Date): string {
  const startDay = formatDate(startsAt);
  const endDay = formatDate(endsAt);
  if (startDay === endDay) return `${startDay}, ${formatTime(startsAt)} – ${formatTime(endsAt)}`;
  return `${startDay} ${formatTime(startsAt)} – ${endDay} ${formatTime(endsAt)}`;
}
