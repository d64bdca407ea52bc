import Link from "next/link";
import type { AgendaSession } from "@/lib/agenda/queries";
import { describeSessionTime } from "@/lib/agenda/when";
import { venuePath } from "@/lib/agenda/paths";
import { localizedPath, type Locale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/localized";
import { getTranslator } from "@/lib/i18n/translator";
import { hasTakenPlace, isOpenForRegistration, seatsLeft } from "@/lib/agenda/rules";
import { currentTime } from "@/lib/time/clock";

/**
 * One session in a list: type, time, title (a link to its page), venue, lead and coordinating units;
 * "Đã diễn ra" once it is over, seats left and a register link while it takes registrations.
 */
export function SessionCard(props: { locale: Locale; session: AgendaSession; href: string; headingLevel?: 3 | 4 }) {
  const { locale, session, href } = props;
  // Level 4 under a day and its half-day; level 3 where a list sits right under its section (the Week's ongoing activities).
  const Heading = props.headingLevel === 3 ? "h3" : "h4";
  const t = getTranslator(locale, "agenda");
  const types = getTranslator(locale, "sessionType");
  const common = getTranslator(locale, "common");
  const unitName = (unit: { name: string; nameEn: string | null }) => pickLocalized(locale, unit.name, unit.nameEn);
  const now = currentTime();
  const title = pickLocalized(locale, session.title, session.titleEn);
  return (
    // The card's parts carry no class of their own: `.session-card` styles them (app/globals.css).
    <article className="session-card">
      <p>
        <span>{types(session.type)}</span>
        <time dateTime={session.startsAt.toISOString()}>
          {describeSessionTime(session.startsAt, session.endsAt)}
          {/* Explained once, by the footnote under the agenda, rather than in a tooltip on every card. */}
          {session.timesProvisional && <sup>*</sup>}
        </time>
        {hasTakenPlace(session, now) && <span className="session-card-past">{t("tookPlace")}</span>}
      </p>
      <Heading>
        <Link href={href} prefetch={false}>
          {title}
        </Link>
      </Heading>
      <dl>
        <dt>{t("venue")}</dt>
        <dd>
          {session.venue ? (
            <Link href={localizedPath(locale, venuePath(session.venue.slug))} prefetch={false}>
              {unitName(session.venue)}
            </Link>
          ) : (
            common("noVenue")
          )}
        </dd>
        <dt>{t("leadUnit")}</dt>
        <dd>{unitName(session.leadUnit)}</dd>
        {session.coordinatingUnits.length > 0 && (
          <>
            <dt>{t("coordinatingUnits")}</dt>
            <dd>{session.coordinatingUnits.map(unitName).join("; ")}</dd>
          </>
        )}
      </dl>
      {isOpenForRegistration(session, now) && <CardRegistration locale={locale} session={session} title={title} />}
    </article>
  );
}

function CardRegistration({ locale, session, title }: { locale: Locale; session: AgendaSession; title: string }) {
  const t = getTranslator(locale, "agenda");
  const left = seatsLeft(session) ?? 0;
  return (
    <p>
      <span>{left > 0 ? t("seatsLeft", { count: left }) : t("full")}</span>
      {/* The visible word starts the accessible name, which says which session (every card has one). */}
      <Link
        href={localizedPath(locale, `/register?session=${encodeURIComponent(session.slug)}`)}
        prefetch={false}
        aria-label={`${t("register")}: ${title}`}
      >
        {t("register")}
      </Link>
    </p>
  );
}
