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
export function SessionCard({ locale, session, href }: { locale: Locale; session: AgendaSession; href: string }) {
  const t = getTranslator(locale, "agenda");
  const types = getTranslator(locale, "sessionType");
  const common = getTranslator(locale, "common");
  const unitName = (unit: { name: string; nameEn: string | null }) => pickLocalized(locale, unit.name, unit.nameEn);
  const now = currentTime();
  const title = pickLocalized(locale, session.title, session.titleEn);
  return (
    <article className="session-card">
      <p className="flex flex-wrap items-center gap-x-3 gap-y-2 text-sm">
        <span className="session-card-type">
          {types(session.type)}
        </span>
        <span className="session-card-label">
          <time dateTime={session.startsAt.toISOString()}>{describeSessionTime(session.startsAt, session.endsAt)}</time>
          {session.timesProvisional && (
            <abbr title={common("provisionalTimes")} className="ml-1 cursor-help no-underline">*</abbr>
          )}
        </span>
        {hasTakenPlace(session, now) && <span className="session-card-past">{t("tookPlace")}</span>}
      </p>
      <h4 className="session-card-title">
        <Link href={href} prefetch={false}>
          {title}
        </Link>
      </h4>
      <dl className="session-card-facts">
        <dt className="session-card-label">{t("venue")}</dt>
        <dd>
          {session.venue ? (
            <Link href={localizedPath(locale, venuePath(session.venue.slug))} prefetch={false} className="underline-offset-2 hover:underline">
              {unitName(session.venue)}
            </Link>
          ) : (
            common("noVenue")
          )}
        </dd>
        <dt className="session-card-label">{t("leadUnit")}</dt>
        <dd>{unitName(session.leadUnit)}</dd>
        {session.coordinatingUnits.length > 0 && (
          <>
            <dt className="session-card-label">{t("coordinatingUnits")}</dt>
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
    <p className="session-card-register">
      <span className="font-semibold text-ink">{left > 0 ? t("seatsLeft", { count: left }) : t("full")}</span>
      {/* The visible word starts the accessible name, which says which session (every card has one). */}
      <Link
        href={localizedPath(locale, `/register?session=${encodeURIComponent(session.slug)}`)}
        prefetch={false}
        aria-label={`${t("register")}: ${title}`}
        className="session-card-register-link"
      >
        {t("register")}
      </Link>
    </p>
  );
}
