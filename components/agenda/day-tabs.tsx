import Link from "next/link";
import type { SessionFilters } from "@/lib/agenda/queries";
import { shortDayLabel } from "@/lib/agenda/present";
import { filtersToQuery } from "@/lib/agenda/schema";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";

type Props = {
  locale: Locale;
  action: string;
  days: { day: string; count: number }[];
  filters: SessionFilters;
};

const tabClass =
  "flex h-full min-h-14 flex-col sm:min-w-18 items-center justify-center rounded-lg px-3 py-2 text-center text-sm ring-1 ring-inset transition-colors";

/**
 * One link per day of the Week, plus the whole week: links rather than script-driven tabs, so that each
 * day has its own URL and the other filters carry over.
 */
export function DayTabs({ locale, action, days, filters }: Props) {
  const t = getTranslator(locale, "agenda");
  const link = (day: string | undefined) => `${action}${filtersToQuery({ ...filters, day })}`;
  const style = (active: boolean, empty: boolean) =>
    active
      ? "bg-brand-800 font-semibold text-white ring-brand-800"
      : empty
        ? "bg-white text-muted ring-brand-100 hover:bg-brand-50"
        : "bg-white font-semibold text-brand-900 ring-brand-700/30 hover:bg-brand-50";
  return (
    <nav aria-label={t("daysNav")} className="print:hidden">
      <ul className="grid grid-cols-4 gap-2 min-[400px]:grid-cols-5 sm:flex sm:flex-wrap">
        <li>
          <Link href={link(undefined)} aria-current={filters.day ? undefined : "page"} className={`${tabClass} ${style(!filters.day, false)}`}>
            {t("wholeWeek")}
          </Link>
        </li>
        {days.map(({ day, count }) => {
          const label = shortDayLabel(locale, day);
          const active = filters.day === day;
          return (
            <li key={day}>
              <Link href={link(day)} aria-current={active ? "page" : undefined} className={`${tabClass} ${style(active, count === 0)}`}>
                <span>{label.weekday}</span>
                <span>{label.date}</span>
                {count === 0 && <span className="sr-only">{t("noSessionsOnDay")}</span>}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
