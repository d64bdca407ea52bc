import type { SessionFilters } from "@/lib/agenda/queries";
import { shortDayLabel } from "@/lib/agenda/present";
import { filtersToQuery } from "@/lib/agenda/schema";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { DayTabLinks } from "./day-tab-links";

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
    <DayTabLinks
      label={t("daysNav")}
      week={[link(undefined), t("wholeWeek")]}
      days={days.map(({ day, count }) => {
        const label = shortDayLabel(locale, day);
        return [link(day), label.weekday, label.date, count === 0] as const;
      })}
      current={filters.day ? days.findIndex(({ day }) => day === filters.day) : null}
      emptyNote={hasThroughout ? t("onlyThroughout") : t("noSessionsOnDay")}
    />
  );
}
