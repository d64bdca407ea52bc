import "server-only";
import { cache } from "react";
import type { AgendaSession } from "@/lib/agenda/queries";
import { venuePath } from "@/lib/agenda/paths";
import { hasTakenPlace, isOpenForRegistration, seatsLeft } from "@/lib/agenda/rules";
import { describeSessionTime } from "@/lib/agenda/when";
import { localizedPath, type Locale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/localized";
import { getTranslator } from "@/lib/i18n/translator";
import type { SessionCardData, SessionCardLabels } from "./session-cards";

/**
 * What a card says about a session at `now`: type, time, title and its link, venue, lead and
 * coordinating units; "Đã diễn ra" once it is over; seats left and a register link while it takes
 * registrations.
 */
export function sessionCardData(locale: Locale, session: AgendaSession, href: string, now: Date): SessionCardData {
  const t = getTranslator(locale, "agenda");
  const types = getTranslator(locale, "sessionType");
  const unitName = (unit: { name: string; nameEn: string | null }) => pickLocalized(locale, unit.name, unit.nameEn);
  const open = isOpenForRegistration(session, now);
  const left = seatsLeft(session) ?? 0;
  return [
    href,
    pickLocalized(locale, session.title, session.titleEn),
    types(session.type),
    describeSessionTime(session.startsAt, session.endsAt),
    session.startsAt.toISOString(),
    session.timesProvisional,
    hasTakenPlace(session, now),
    session.venue ? unitName(session.venue) : getTranslator(locale, "common")("noVenue"),
    session.venue ? localizedPath(locale, venuePath(session.venue.slug)) : "",
    unitName(session.leadUnit),
    session.coordinatingUnits.map(unitName).join("; "),
    open ? (left > 0 ? t("seatsLeft", { count: left }) : t("full")) : "",
    open ? localizedPath(locale, `/register?session=${encodeURIComponent(session.slug)}`) : "",
  ];
}

/**
 * One card per session and page render: a session listed under two days (the exhibition) hands the
 * same array to both lists, which the RSC payload then writes once and refers to.
 */
export const cachedSessionCardData = cache(
  (locale: Locale, session: AgendaSession, href: string, now: Date): SessionCardData => sessionCardData(locale, session, href, now),
);

/** The words every card repeats, given once per list (one object per render: written once, then referred to). */
export const sessionCardLabels = cache((locale: Locale): SessionCardLabels => {
  const t = getTranslator(locale, "agenda");
  return { venue: t("venue"), lead: t("leadUnit"), coordinating: t("coordinatingUnits"), register: t("register"), past: t("tookPlace") };
});
