import Link from "next/link";
import type { AgendaEdition, AgendaSession, SessionFilters } from "@/lib/agenda/queries";
import { longDayLabel } from "@/lib/agenda/present";
import { editionDays, groupSessionsByDay, sessionDays, type AgendaDay } from "@/lib/agenda/rules";
import { localizedPath, type Locale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/localized";
import { getTranslator } from "@/lib/i18n/translator";
import { formatCalendarRange } from "@/lib/time/format";
import { Container } from "@/components/ui/container";
import { AgendaFilters } from "./agenda-filters";
import { DayTabs } from "./day-tabs";
import { PrintButton } from "./print-button";
import { SessionList } from "./session-list";

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

function daysToShow(grouped: AgendaDay<AgendaSession>[], sessions: AgendaSession[], filters: SessionFilters, timeZone: string) {
  if (filters.day) {
    const day = filters.day;
    const onDay = sessions.filter((session) => sessionDays(session, timeZone).includes(day));
    return groupSessionsByDay([day], onDay, timeZone);
  }
  const narrowed = Boolean(filters.q || filters.venue || filters.type || filters.lead);
  return narrowed ? grouped.filter((day) => day.sessions.length > 0) : grouped;
}

export function AgendaView({ locale, edition, currentYear, allSessions, sessions, filters, path }: Props) {
  const t = getTranslator(locale, "agenda");
  const halfDays = getTranslator(locale, "halfDay");
  const common = getTranslator(locale, "common");
  const action = localizedPath(locale, path);
  const grouped = groupSessionsByDay(editionDays(edition.startsOn, edition.endsOn), sessions, edition.timeZone);
  const shown = daysToShow(grouped, sessions, filters, edition.timeZone);
  const matching = new Set(shown.flatMap((day) => day.sessions.map((session) => session.id))).size;
  const isFiltered = Object.values(filters).some(Boolean);
  const title = edition.year === currentYear ? t("title") : t("editionTitle", { year: edition.year });

  return (
    <Container className="py-10 sm:py-14 print:py-0">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <p className="text-sm font-semibold tracking-[0.14em] text-accent-700 uppercase print:text-black">
            {pickLocalized(locale, edition.name, edition.nameEn)}
          </p>
          <h1 className="mt-2 text-3xl font-bold text-brand-900 sm:text-4xl print:text-black">{title}</h1>
          <p className="mt-3 max-w-3xl text-muted print:text-black">
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
          days={grouped.map((day) => ({ day: day.day, count: day.sessions.length }))}
          filters={filters}
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
          <Link href={action} className="mt-4 inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4">
            {t("reset")}
          </Link>
        </div>
      ) : (
        <div className="mt-8 space-y-10">
          {shown.map((day) => (
            <section key={day.day} aria-labelledby={`day-${day.day}`} className="print:not-first:break-before-page">
              <h2 id={`day-${day.day}`} className="agenda-day-heading">
                {longDayLabel(locale, day.day)}
              </h2>
              {day.halfDays.length === 0 ? (
                <p className="mt-4 text-muted">{t("noSessionsOnDay")}</p>
              ) : (
                day.halfDays.map((group) => (
                  <div key={group.halfDay} className="mt-6">
                    <h3 className="agenda-half-day-heading">
                      {halfDays(group.halfDay)}
                    </h3>
                    <SessionList
                      locale={locale}
                      year={edition.year}
                      currentYear={currentYear}
                      sessions={group.sessions}
                      className="mt-3"
                    />
                  </div>
                ))
              )}
            </section>
          ))}
        </div>
      )}

      {sessions.some((session) => session.timesProvisional) && (
        <p className="mt-10 text-sm text-muted print:text-black">* {common("provisionalTimes")}</p>
      )}
    </Container>
  );
}
