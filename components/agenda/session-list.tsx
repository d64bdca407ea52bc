import type { AgendaSession } from "@/lib/agenda/queries";
import { sessionPath } from "@/lib/agenda/paths";
import { localizedPath, type Locale } from "@/lib/i18n/config";
import { currentTime } from "@/lib/time/clock";
import { cachedSessionCardData, sessionCardLabels } from "./session-card-data";
import { SessionCards, type SessionCardData } from "./session-cards";

type ListOf = {
  locale: Locale;
  year: number;
  currentYear: number | null;
  /** The moment the page describes ("Đã diễn ra", registration open): one for the whole page. */
  now?: Date;
};

/** The cards of some sessions of one edition, each linking to its session page. */
export function sessionCards({ locale, year, currentYear, now = currentTime() }: ListOf, sessions: AgendaSession[]): SessionCardData[] {
  return sessions.map((session) => cachedSessionCardData(locale, session, localizedPath(locale, sessionPath(year, session.slug, currentYear)), now));
}

/** Sessions of one edition as cards (components/agenda/session-cards.tsx), two columns on wide screens. */
export function SessionList(props: ListOf & { sessions: AgendaSession[]; className: string; headingLevel?: 3 | 4 }) {
  // Only a level-3 list says so: an unset prop is not written into the payload.
  const level = props.headingLevel === 3 ? { headingLevel: 3 as const } : {};
  return <SessionCards cards={sessionCards(props, props.sessions)} labels={sessionCardLabels(props.locale)} className={props.className} {...level} />;
}
