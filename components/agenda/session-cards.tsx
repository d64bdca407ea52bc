"use client";

import { SiteLink } from "@/components/ui/site-link";

/**
 * One card as the strings it prints, built on the server (session-card-data.ts). A tuple rather than
 * an object: the page's RSC payload carries one per card, and keys repeated per card cost more than
 * the element tree this replaces saves.
 */
export type SessionCardData = readonly [
  href: string,
  title: string,
  type: string,
  /** `19/09/2025, 08:00 – 11:30` (lib/agenda/when.ts) and the start as ISO for `<time dateTime>`. */
  time: string,
  startsAt: string,
  provisional: boolean,
  past: boolean,
  venue: string,
  /** Empty when the session has no venue page (online, or no venue yet). */
  venueHref: string,
  lead: string,
  /** The coordinating units joined with "; ", empty when there are none. */
  coordinating: string,
  /** "Còn 12 chỗ" or the full notice; empty when the session takes no registration now. */
  seats: string,
  registerHref: string,
];

export type SessionCardLabels = { venue: string; lead: string; coordinating: string; register: string; past: string };

/**
 * Sessions as cards, two columns on wide screens, a plain list on paper. A client component only so
 * that the page's payload holds each card's strings once, rather than its whole element tree (which
 * the HTML already holds): the cards do nothing in the browser. Styled from `.session-card`.
 */
export function SessionCards(props: { cards: readonly SessionCardData[]; labels: SessionCardLabels; className: string; headingLevel?: 3 }) {
  const { cards, labels, className } = props;
  // Level 4 under a day and its half-day; level 3 where a list sits right under its section (the Week's ongoing activities).
  const Heading = props.headingLevel === 3 ? "h3" : "h4";
  return (
    <ol className={`session-list ${className}`}>
      {cards.map((card) => {
        const [href, title, type, time, startsAt, provisional, past, venue, venueHref, lead, coordinating, seats, registerHref] = card;
        return (
          <li key={href}>
            <article className="session-card">
              <p>
                <span>{type}</span>
                <time dateTime={startsAt}>
                  {time}
                  {/* Explained once, by the footnote under the agenda, rather than in a tooltip on every card. */}
                  {provisional && <sup>*</sup>}
                </time>
                {past && <span className="session-card-past">{labels.past}</span>}
              </p>
              <Heading>
                <SiteLink href={href}>
                  {title}
                </SiteLink>
              </Heading>
              <dl>
                <dt>{labels.venue}</dt>
                <dd>
                  {venueHref ? (
                    <SiteLink href={venueHref}>
                      {venue}
                    </SiteLink>
                  ) : (
                    venue
                  )}
                </dd>
                <dt>{labels.lead}</dt>
                <dd>{lead}</dd>
                {coordinating && (
                  <>
                    <dt>{labels.coordinating}</dt>
                    <dd>{coordinating}</dd>
                  </>
                )}
              </dl>
              {seats && (
                <p>
                  <span>{seats}</span>
                  {/* The visible word starts the accessible name, which says which session (every card has one). */}
                  <SiteLink href={registerHref} aria-label={`${labels.register}: ${title}`}>
                    {labels.register}
                  </SiteLink>
                </p>
              )}
            </article>
          </li>
        );
      })}
    </ol>
  );
}
