import { TZDate } from "@date-fns/tz";
import { EVENT_TIME_ZONE } from "@/lib/time/zone";

// Pure rules of the delegates' feedback: which day's sessions are surveyed, and how answers add up.

/** Yesterday in Quảng Ngãi, as [start, end): the sessions that ended then are surveyed today. */
export function yesterdayBounds(now: Date, timeZone = EVENT_TIME_ZONE): { start: Date; end: Date } {
  const local = new TZDate(now.getTime(), timeZone);
  const end = new TZDate(local.getFullYear(), local.getMonth(), local.getDate(), 0, 0, 0, timeZone);
  const start = new TZDate(local.getFullYear(), local.getMonth(), local.getDate() - 1, 0, 0, 0, timeZone);
  return { start: new Date(start.getTime()), end: new Date(end.getTime()) };
}

export type FeedbackSummary = { count: number; average: number | null; distribution: [number, number, number, number, number] };

/** Count, mean rounded to one decimal, and how many gave each of 1 to 5 stars. */
export function summarizeRatings(ratings: readonly number[]): FeedbackSummary {
  const distribution: FeedbackSummary["distribution"] = [0, 0, 0, 0, 0];
  for (const rating of ratings) if (rating >= 1 && rating <= 5) distribution[rating - 1]! += 1;
  const count = distribution.reduce((sum, value) => sum + value, 0);
  const total = distribution.reduce((sum, value, index) => sum + value * (index + 1), 0);
  return { count, average: count === 0 ? null : Math.round((total / count) * 10) / 10, distribution };
}
