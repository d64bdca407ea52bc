import { describeSessionTime } from "@/lib/agenda/when";
import type { Locale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/localized";
import { getTranslator } from "@/lib/i18n/translator";

type Timed = { startsAt: Date; endsAt: Date; timesProvisional: boolean };
type Venue = { name: string; nameEn: string | null } | null;

/** "25/09/2025, 14:00 – 15:30 (giờ dự kiến)" in the event's zone. */
export function sessionWhen(locale: Locale, session: Timed): string {
  const when = describeSessionTime(session.startsAt, session.endsAt);
  return session.timesProvisional ? `${when} (${getTranslator(locale, "register")("provisional")})` : when;
}

export function sessionVenue(locale: Locale, venue: Venue): string {
  return venue ? pickLocalized(locale, venue.name, venue.nameEn) : getTranslator(locale, "common")("noVenue");
}
