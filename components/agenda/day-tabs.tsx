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
  /** Whether activities run through the Week: a day without sessions of its own still has those. */
  hasThroughout: boolean;
};

/**
 * One link per day of the Week, plus the whole week: links rather than script-driven tabs, so that each
 * day has its own URL and the other filters carry over.
 */
export function DayTabs({ locale, action, days, filters, hasThroughout }: Props) {
  const t = getTranslator(locale, "agenda");
  const link = (day: string | undefined) => `${action}${filtersToQuery({ ...filters, day })}`;
  return (
    <nav aria-label={t("daysNav")} className="print:hidden">
      <ul className="grid grid-cols-4 gap-2 min-[400px]:grid-cols-5 sm:flex sm:flex-wrap">
        <li>
          <Link href={link(undefined)} prefetch={false} aria-current={filters.day ? undefined : "page"} className="day-tab">
            {t("wholeWeek")}
          </Link>
        </li>
        {days.map(({ day, count }) => {
          const label = shortDayLabel(locale, day);
          const active = filters.day === day;
          return (
            <li key={day}>
              <Link href={link(day)} prefetch={false} aria-current={active ? "page" : undefined} className={count === 0 ? "day-tab day-tab-empty" : "day-tab"}>
                <span>{label.weekday}</span>
                <span>{label.date}</span>
                {count === 0 && <span className="sr-only">{hasThroughout ? t("onlyThroughout") : t("noSessionsOnDay")}</span>}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
