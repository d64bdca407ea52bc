"use client";

import { SessionCards, type SessionCardData, type SessionCardLabels } from "./session-cards";

/** A day of the Week as it reads: its heading, then its half-days ("Buổi sáng") with their cards; none: a one-line day. */
export type AgendaDayData = readonly [day: string, heading: string, halfDays: readonly (readonly [key: string, heading: string, cards: readonly SessionCardData[]])[]];

/**
 * The days of the agenda, from their strings (built by agenda-view.tsx): a client component only so that
 * the page's RSC payload holds the words once rather than every section's element tree as well.
 * `emptyText` is what a day without sessions of its own says.
 */
export function AgendaDays({ days, emptyText, labels }: { days: readonly AgendaDayData[]; emptyText: string; labels: SessionCardLabels }) {
  return days.map(([day, heading, halfDays]) =>
    halfDays.length === 0 ? (
      // A day with nothing of its own: its heading and one line, instead of a section of repeated cards.
      <section key={day} aria-labelledby={`day-${day}`} className="agenda-day-compact">
        <h2 id={`day-${day}`}>{heading}</h2>
        <p>{emptyText}</p>
      </section>
    ) : (
      <section key={day} aria-labelledby={`day-${day}`} className="agenda-day">
        <h2 id={`day-${day}`} className="agenda-day-heading">
          {heading}
        </h2>
        {halfDays.map(([key, halfDayHeading, cards]) => (
          <div key={key} className="mt-6">
            <h3 className="agenda-half-day-heading">{halfDayHeading}</h3>
            <SessionCards cards={cards} labels={labels} className="mt-3" />
          </div>
        ))}
      </section>
    ),
  );
}
