import type { AgendaSession } from "@/lib/agenda/queries";
import { sessionPath } from "@/lib/agenda/paths";
import { localizedPath, type Locale } from "@/lib/i18n/config";
import { currentTime } from "@/lib/time/clock";
import { cachedSessionCardData, sessionCardLabels } from "./session-card-data";
import { SessionCards } from "./session-cards";

/** Sessions of one edition as cards (components/agenda/session-cards.tsx), two columns on wide screens. */
export function SessionList(props: {
  locale: Locale;
  year: number;
  currentYear: number | null;
  sessions: AgendaSession[];
  className: string;
  /** The moment the page describes ("Đã diễn ra", registration open): one for the whole page. */
  now?: Date;
  headingLevel?: 3 | 4;
}) {
  const { locale, year, currentYear, sessions, className } = props;
  const now = props.now ?? currentTime();
  const cards = sessions.map((session) =>
    cachedSessionCardData(locale, session, localizedPath(locale, sessionPath(year, session.slug, currentYear)), now),
  );
  // Only a level-3 list says so: an unset prop is not written into the payload.
  const level = props.headingLevel === 3 ? { headingLevel: 3 as const } : {};
  return <SessionCards cards={cards} labels={sessionCardLabels(locale)} className={className} {...level} />;
}
