import Link from "next/link";
import type { AgendaSession } from "@/lib/agenda/queries";
import { describeSessionTime } from "@/lib/agenda/when";
import { venuePath } from "@/lib/agenda/paths";
import { localizedPath, type Locale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/localized";
import { getTranslator } from "@/lib/i18n/translator";

/** One session in a list: type, time, title (a link to its page), venue, lead and coordinating units. */
export function SessionCard({ locale, session, href }: { locale: Locale; session: AgendaSession; href: string }) {
  const t = getTranslator(locale, "agenda");
  const types = getTranslator(locale, "sessionType");
  const common = getTranslator(locale, "common");
  const unitName = (unit: { name: string; nameEn: string | null }) => pickLocalized(locale, unit.name, unit.nameEn);
  return (
    <article className="rounded-xl border border-brand-100 bg-white p-5 shadow-sm print:break-inside-avoid print:rounded-none print:border-0 print:border-b print:border-black print:p-0 print:pb-3 print:shadow-none">
      <p className="flex flex-wrap items-center gap-x-3 gap-y-2 text-sm">
        <span className="rounded-full bg-accent-100 px-3 py-1 font-semibold text-accent-700 print:bg-transparent print:p-0 print:text-black">
          {types(session.type)}
        </span>
        <span className="font-semibold text-brand-800 print:text-black">
          <time dateTime={session.startsAt.toISOString()}>{describeSessionTime(session.startsAt, session.endsAt)}</time>
          {session.timesProvisional && (
            <abbr title={common("provisionalTimes")} className="ml-1 cursor-help no-underline">*</abbr>
          )}
        </span>
      </p>
      <h4 className="mt-3 text-lg leading-snug font-bold text-ink">
        <Link href={href} className="hover:text-brand-700 hover:underline print:no-underline">
          {pickLocalized(locale, session.title, session.titleEn)}
        </Link>
      </h4>
      <dl className="mt-3 grid gap-1 text-sm sm:grid-cols-[auto_1fr] sm:gap-x-3">
        <dt className="font-semibold text-brand-800 print:text-black">{t("venue")}</dt>
        <dd>
          {session.venue ? (
            <Link href={localizedPath(locale, venuePath(session.venue.slug))} className="underline-offset-2 hover:underline">
              {unitName(session.venue)}
            </Link>
          ) : (
            common("noVenue")
          )}
        </dd>
        <dt className="font-semibold text-brand-800 print:text-black">{t("leadUnit")}</dt>
        <dd>{unitName(session.leadUnit)}</dd>
        {session.coordinatingUnits.length > 0 && (
          <>
            <dt className="font-semibold text-brand-800 print:text-black">{t("coordinatingUnits")}</dt>
            <dd>{session.coordinatingUnits.map(unitName).join("; ")}</dd>
          </>
        )}
      </dl>
    </article>
  );
}
