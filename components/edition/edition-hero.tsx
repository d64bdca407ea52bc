import type { EditionOverview } from "@/lib/editions/queries";
import { localizedPath, type Locale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/localized";
import { getTranslator } from "@/lib/i18n/translator";
import { formatCalendarRange } from "@/lib/time/format";
import { ButtonLink } from "@/components/ui/button-link";
import { Container } from "@/components/ui/container";

export function EditionHero({ locale, edition }: { locale: Locale; edition: EditionOverview }) {
  const t = getTranslator(locale, "home");
  const isOpen = edition.status === "PUBLISHED";
  const venues = edition.venues.map(({ venue }) => pickLocalized(locale, venue.name, venue.nameEn));
  return (
    <section aria-labelledby="edition-title" className="relative overflow-hidden bg-brand-900 text-white">
      <div
        aria-hidden="true"
        className="absolute inset-0 bg-[radial-gradient(circle_at_85%_15%,rgba(242,193,78,0.25),transparent_45%),radial-gradient(circle_at_10%_90%,rgba(200,16,46,0.35),transparent_50%)]"
      />
      <div
        aria-hidden="true"
        className="absolute inset-0 opacity-[0.07] [background-image:linear-gradient(#fff_1px,transparent_1px),linear-gradient(90deg,#fff_1px,transparent_1px)] [background-size:40px_40px]"
      />
      <Container className="relative py-16 sm:py-24">
        <p className="text-sm font-semibold tracking-[0.18em] text-gold-300 uppercase">
          {t("eyebrow")} · {edition.year}
        </p>
        <h1 id="edition-title" className="mt-4 max-w-4xl text-3xl leading-tight font-bold text-balance sm:text-5xl">
          {pickLocalized(locale, edition.name, edition.nameEn)}
        </h1>
        <figure className="mt-8 max-w-3xl border-l-4 border-gold-400 pl-5">
          <figcaption className="text-sm font-semibold tracking-wide text-brand-100 uppercase">{t("themeLabel")}</figcaption>
          <blockquote className="mt-2 text-lg leading-relaxed font-semibold text-pretty sm:text-2xl">
            “{pickLocalized(locale, edition.theme, edition.themeEn)}”
          </blockquote>
        </figure>
        <dl className="mt-10 grid max-w-3xl gap-6 sm:grid-cols-2">
          <div>
            <dt className="text-sm font-semibold text-brand-100">{t("dates")}</dt>
            <dd className="mt-1 text-xl font-bold">{formatCalendarRange(edition.startsOn, edition.endsOn)}</dd>
          </div>
          <div>
            <dt className="text-sm font-semibold text-brand-100">{t("venues")}</dt>
            <dd className="mt-1 text-base font-semibold">{venues.join("; ")}</dd>
          </div>
        </dl>
        {isOpen ? (
          <div className="mt-10 flex flex-wrap gap-3">
            <ButtonLink href={localizedPath(locale, "/register")}>{t("registerCta")}</ButtonLink>
            <ButtonLink href={localizedPath(locale, "/agenda")} variant="secondary">
              {t("agendaCta")}
            </ButtonLink>
          </div>
        ) : (
          <p className="mt-10 inline-block rounded-md bg-white/10 px-4 py-2 font-semibold">{t("archivedNotice")}</p>
        )}
      </Container>
    </section>
  );
}
