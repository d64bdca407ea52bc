import Link from "next/link";
import type { SessionFilters } from "@/lib/agenda/queries";
import { shortDayLabel } from "@/lib/agenda/present";
import { filtersToQuery } from "@/lib/agenda/schema";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";

const EMPTY_DAY_NOTE = "agenda-empty-day-note";

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
  // Props are spread only when set: Link is a client component, and every prop given to it, even an
  // undefined one, is written into the page's RSC payload.
  const current = { "aria-current": "page" } as const;
  // A day without sessions of its own is described by one note, not by the same words in every link.
  const empty = { "aria-describedby": EMPTY_DAY_NOTE };
  return (
    <nav aria-label={t("daysNav")} className="print:hidden">
      <ul className="day-tabs">
        <li>
          <Link href={link(undefined)} prefetch={false} className="day-tab" {...(filters.day ? {} : current)}>
            {t("wholeWeek")}
          </Link>
        </li>
        {days.map(({ day, count }) => {
          const label = shortDayLabel(locale, day);
          return (
            <li key={day}>
              <Link
                href={link(day)}
                prefetch={false}
                className={count === 0 ? "day-tab day-tab-empty" : "day-tab"}
                {...(count === 0 ? empty : {})}
                {...(filters.day === day ? current : {})}
              >
                <span>{label.weekday}</span>
                <span>{label.date}</span>
              </Link>
            </li>
          );
        })}
      </ul>
      {days.some(({ count }) => count === 0) && (
        <p id={EMPTY_DAY_NOTE} hidden>
          {hasThroughout ? t("onlyThroughout") : t("noSessionsOnDay")}
        </p>
      )}
    </nav>
  );
}
