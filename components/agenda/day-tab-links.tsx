"use client";

import { SiteLink } from "@/components/ui/site-link";

/** One day's link: its URL (the other filters kept), the weekday and date it shows, whether it has sessions of its own. */
export type DayTabData = readonly [href: string, weekday: string, date: string, empty: boolean];

const EMPTY_DAY_NOTE = "agenda-empty-day-note";

/**
 * The day links of the agenda from their strings (built by day-tabs.tsx): a client component only so
 * that the page's RSC payload carries each link's words, not its element tree. `current` is the
 * index of the day shown, null for the whole week.
 */
export function DayTabLinks(props: { label: string; week: readonly [href: string, label: string]; days: readonly DayTabData[]; current: number | null; emptyNote: string }) {
  const { label, week, days, current, emptyNote } = props;
  return (
    <nav aria-label={label} className="print:hidden">
      <ul className="day-tabs">
        <li>
          <SiteLink href={week[0]} aria-current={current === null ? "page" : undefined} className="day-tab">
            {week[1]}
          </SiteLink>
        </li>
        {days.map(([href, weekday, date, empty], index) => (
          <li key={href}>
            <SiteLink
              href={href}
             
              aria-current={current === index ? "page" : undefined}
              // A day without sessions of its own is described by one note, not by the same words in every link.
              aria-describedby={empty ? EMPTY_DAY_NOTE : undefined}
              className={empty ? "day-tab day-tab-empty" : "day-tab"}
            >
              <span>{weekday}</span>
              <span>{date}</span>
            </SiteLink>
          </li>
        ))}
      </ul>
      {days.some(([, , , empty]) => empty) && (
        <p id={EMPTY_DAY_NOTE} hidden>
          {emptyNote}
        </p>
      )}
    </nav>
  );
}
