import { EVENT_TIME_ZONE, localDateTimeToUtc } from "@/lib/time/zone";

// How long an invitee's signed link works: replies, the invitation's PDF and the page itself, until
// 30 days after the edition's last day (Asia/Ho_Chi_Minh). After that the office keeps the answers
// but no longer takes new ones through a link that may have been forwarded long ago.

const REPLY_DAYS_AFTER_EDITION = 30;

/** The last day a reply link works, as a calendar date (UTC midnight, like the edition's own dates). */
export function lastReplyDay(editionEndsOn: Date): Date {
  const day = new Date(Date.UTC(editionEndsOn.getUTCFullYear(), editionEndsOn.getUTCMonth(), editionEndsOn.getUTCDate()));
  day.setUTCDate(day.getUTCDate() + REPLY_DAYS_AFTER_EDITION);
  return day;
}

/** The first instant the link no longer works: midnight in Quảng Ngãi after the last reply day. */
export function replyPeriodClosesAt(editionEndsOn: Date, timeZone = EVENT_TIME_ZONE): Date {
  const next = lastReplyDay(editionEndsOn);
  next.setUTCDate(next.getUTCDate() + 1);
  return localDateTimeToUtc(next.toISOString().slice(0, 10), "00:00", timeZone);
}

export function isReplyPeriodOver(editionEndsOn: Date, now: Date): boolean {
  return now.getTime() >= replyPeriodClosesAt(editionEndsOn).getTime();
}
