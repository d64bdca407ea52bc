import { SiteLink } from "@/components/ui/site-link";
import type { AgendaEdition, AgendaSession, SessionFilters } from "@/lib/agenda/queries";
import { longDayLabel } from "@/lib/agenda/present";
import { sessionPath } from "@/lib/agenda/paths";
import { editionDays, groupSessionsByDay, groupWeekAgenda, localDay, sessionDays, type WeekAgenda } from "@/lib/agenda/rules";
import { localizedPath, type Locale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/localized";
import { getTranslator } from "@/lib/i18n/translator";
import { currentTime } from "@/lib/time/clock";
import { formatCalendarRange } from "@/lib/time/format";
import { Container } from "@/components/ui/container";
import { AgendaFilters } from "./agenda-filters";
import { DayTabs } from "./day-tabs";
import { PrintButton } from "./print-button";
import { AgendaDays } from "./agenda-days";
import { sessionCardLabels } from "./session-card-data";
import { SessionList, sessionCards } from "./session-list";

type Props = {
  locale: Locale;
  edition: AgendaEdition;
  currentYear: number | null;
  /** Every published session of the edition: the filters offer only what these have. */
  allSessions: AgendaSession[];
  /** The sessions matching every filter but the day, which is applied here so that each day tab can show its count. */
  sessions: AgendaSession[];
  filters: SessionFilters;
  /** The agenda's own path, without locale prefix. */
  path: string;
};

/**
 * What the page lists: the activities running through the Week once, then the days with their own
 * sessions. A day tab shows that day only, with a line naming what runs through it; a search or a
 * filter hides the days it leaves empty.
 */
function weekToShow(week: WeekAgenda<AgendaSession>, filters: SessionFilters, timeZone: string) {
  if (filters.day) {
    const day = filters.day;
    const onDay = (session: AgendaSession) => sessionDays(session, timeZone).includes(day);
    const [shownDay] = week.days.filter((entry) => entry.day === day);
    const own = shownDay ?? groupSessionsByDay([day], week.days.flatMap((entry) => entry.sessions).filter(onDay), timeZone)[0]!;
    return { throughout: [], alsoOnDay: week.throughout.filter(onDay), days: [own] };
  }
  const narrowed = Boolean(filters.q || filters.venue || filters.type || filters.lead);
  return { throughout: week.throughout, alsoOnDay: [], days: narrowed ? week.days.filter((day) => day.sessions.length > 0) : week.days };
}

export function AgendaView({ locale, edition, currentYear, allSessions, sessions, filters, path }: Props) {
  const t = getTranslator(locale, "agenda");
  const halfDays = getTranslator(locale, "halfDay");
  const common = getTranslator(locale, "common");
  const action = localizedPath(locale, path);
  const week = groupWeekAgenda(editionDays(edition.startsOn, edition.endsOn), sessions, edition.timeZone);
  const shown = weekToShow(week, filters, edition.timeZone);
  const listed = [...shown.throughout, ...shown.alsoOnDay, ...shown.days.flatMap((day) => day.sessions)];
  const matching = new Set(listed.map((session) => session.id)).size;
  // One moment for the whole page, so that a session listed twice is one card (session-card-data.ts).
  const listProps = { locale, year: edition.year, currentYear, now: currentTime() };
  const isFiltered = Object.values(filters).some(Boolean);
  const title = edition.year === currentYear ? t("title") : t("editionTitle", { year: edition.year });

  return (
    <Container className="py-10 sm:py-14 print:py-0">
      <header className="agenda-header">
        <div>
          <p>{pickLocalized(locale, edition.name, edition.nameEn)}</p>
          <h1>{title}</h1>
          <p>
            {t("intro", { count: allSessions.length, range: formatCalendarRange(edition.startsOn, edition.endsOn) })}
          </p>
        </div>
        <PrintButton label={t("print")} />
      </header>

      {edition.status === "ARCHIVED" && (
        <p className="mt-6 rounded-md border-l-4 border-gold-400 bg-brand-50 px-4 py-3 font-semibold text-brand-900">
          {t("archivedNotice", { year: edition.year })}
        </p>
      )}

      <div className="mt-8 space-y-6">
        <AgendaFilters locale={locale} action={action} sessions={allSessions} filters={filters} />
        <DayTabs
          locale={locale}
          action={action}
          days={week.days.map((day) => ({ day: day.day, count: day.sessions.length }))}
          filters={filters}
          hasThroughout={week.throughout.length > 0}
        />
      </div>

      {isFiltered && (
        <p role="status" className="mt-6 font-semibold text-brand-900 print:hidden">
          {t("resultCount", { count: matching })}
        </p>
      )}

      {matching === 0 && isFiltered && !filters.day ? (
        <div className="mt-8 rounded-xl border border-dashed border-brand-700/30 p-8 text-center">
          <h2 className="text-xl font-bold text-brand-900">{t("emptyTitle")}</h2>
          <p className="mt-2 text-muted">{t("emptyText")}</p>
          <SiteLink href={action} className="mt-4 inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4">
            {t("reset")}
          </SiteLink>
        </div>
      ) : (
        <div className="mt-8 space-y-10">
          {shown.throughout.length > 0 && (
            <section aria-labelledby="throughout-week">
              <h2 id="throughout-week" className="agenda-day-heading">{t("throughoutTitle")}</h2>
              <p className="agenda-note mt-2">{t("throughoutIntro")}</p>
              <SessionList {...listProps} sessions={shown.throughout} className="mt-4" headingLevel={3} />
            </section>
          )}
          {shown.alsoOnDay.length > 0 && <AlsoOnDay {...listProps} sessions={shown.alsoOnDay} />}
          <AgendaDays
            days={shown.days.map((day) => [
              day.day,
              longDayLabel(locale, day.day),
              day.halfDays.map((group) => [group.halfDay, halfDays(group.halfDay), sessionCards(listProps, group.sessions)] as const),
            ])}
            emptyText={shown.throughout.length + shown.alsoOnDay.length > 0 ? t("onlyThroughout") : t("noSessionsOnDay")}
            labels={sessionCardLabels(locale)}
          />
        </div>
      )}

      {sessions.some((session) => session.timesProvisional) && (
        <p className="agenda-note mt-10">* {common("provisionalTimes")}</p>
      )}
    </Container>
  );
}

/** A session's local day as the calendar date formatCalendarRange reads. */
function localDayDate(instant: Date): Date {
  return new Date(`${localDay(instant)}T00:00:00Z`);
}

/** On one day's tab, the activities running through the Week are named, not repeated as cards. */
function AlsoOnDay({ locale, year, currentYear, sessions }: { locale: Locale; year: number; currentYear: number | null; sessions: AgendaSession[]; now: Date }) {
  const t = getTranslator(locale, "agenda");
  return (
    <section aria-labelledby="also-throughout" className="rounded-lg bg-brand-50 px-4 py-3">
      <h2 id="also-throughout" className="font-semibold text-brand-900">{t("alsoThroughout")}</h2>
      <ul className="mt-1 space-y-1">
        {sessions.map((session) => (
          <li key={session.id}>
            <SiteLink href={localizedPath(locale, sessionPath(year, session.slug, currentYear))} className="font-semibold text-brand-800 underline underline-offset-2">
              {pickLocalized(locale, session.title, session.titleEn)}
            </SiteLink>{" "}
            <span className="text-muted">({formatCalendarRange(localDayDate(session.startsAt), localDayDate(session.endsAt))})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
