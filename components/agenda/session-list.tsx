import type { AgendaSession } from "@/lib/agenda/queries";
import { sessionPath } from "@/lib/agenda/paths";
import { localizedPath, type Locale } from "@/lib/i18n/config";
import { SessionCard } from "./session-card";

/** Sessions of one edition as cards, two columns on wide screens, a plain list on paper. */
export function SessionList(props: {
  locale: Locale;
  year: number;
  currentYear: number | null;
  sessions: AgendaSession[];
  className: string;
  headingLevel?: 3 | 4;
}) {
  const { locale, year, currentYear, sessions, className, headingLevel } = props;
  return (
    <ol className={`session-list ${className}`}>
      {sessions.map((session) => (
        <li key={session.id}>
          <SessionCard locale={locale} session={session} href={localizedPath(locale, sessionPath(year, session.slug, currentYear))} headingLevel={headingLevel} />
        </li>
      ))}
    </ol>
  );
}
