import type { EditionOverview } from "@/lib/editions/queries";
import { unitLabel, unitList } from "@/lib/editions/present";
import { describeSessionTime } from "@/lib/agenda/when";
import type { Locale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/localized";
import { getTranslator } from "@/lib/i18n/translator";
import { Container } from "@/components/ui/container";

export function SessionHighlights({ locale, edition }: { locale: Locale; edition: EditionOverview }) {
  const t = getTranslator(locale, "home");
  const types = getTranslator(locale, "sessionType");
  const common = getTranslator(locale, "common");
  return (
    <section aria-labelledby="highlights-title" className="render-when-near py-16">
      <Container>
        <h2 id="highlights-title" className="text-2xl font-bold text-brand-900 sm:text-3xl">
          {t("highlightsTitle")}
        </h2>
        <p className="mt-2 max-w-2xl text-muted">{t("highlightsIntro")}</p>
        <ol className="mt-8 grid gap-5 md:grid-cols-2">
          {edition.sessions.map((session) => (
            <li key={session.slug} className="flex flex-col rounded-xl border border-brand-100 bg-white p-6 shadow-sm">
              <p className="flex flex-wrap items-center gap-2 text-sm">
                <span className="rounded-full bg-accent-100 px-3 py-1 font-semibold text-accent-700">{types(session.type)}</span>
                <span className="font-semibold text-brand-800">
                  <time dateTime={session.startsAt.toISOString()}>{describeSessionTime(session.startsAt, session.endsAt)}</time>
                  {session.timesProvisional && (
                    <abbr title={common("provisionalTimes")} className="ml-1 cursor-help no-underline">
                      *
                    </abbr>
                  )}
                </span>
              </p>
              <h3 className="mt-3 text-lg leading-snug font-bold text-ink">
                {pickLocalized(locale, session.title, session.titleEn)}
              </h3>
              <p className="mt-2 text-sm text-muted">
                {session.venue ? pickLocalized(locale, session.venue.name, session.venue.nameEn) : common("noVenue")}
              </p>
              {/* A grid, not a row per term: "Coordinating" is wider than "Chủ trì" and must not run into its value. */}
              <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-3 gap-y-1 border-t border-brand-100 pt-4 text-sm">
                <div className="contents">
                  <dt className="font-semibold text-brand-800">{t("leadUnit")}</dt>
                  <dd>{unitLabel(locale, session.leadUnit)}</dd>
                </div>
                {session.coordinatingUnits.length > 0 && (
                  <div className="contents">
                    <dt className="font-semibold text-brand-800">{t("coordinatingUnits")}</dt>
                    <dd>{unitList(locale, session.coordinatingUnits).join("; ")}</dd>
                  </div>
                )}
              </dl>
            </li>
          ))}
        </ol>
        {edition.sessions.some((session) => session.timesProvisional) && (
          <p className="mt-6 text-sm text-muted">* {common("provisionalTimes")}</p>
        )}
      </Container>
    </section>
  );
}
