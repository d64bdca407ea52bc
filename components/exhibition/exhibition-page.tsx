import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NoEdition } from "@/components/edition/no-edition";
import { ButtonLink } from "@/components/ui/button-link";
import { Container } from "@/components/ui/container";
import { hallPlanFor } from "@/lib/exhibition/floor-plan";
import { APPLICATION_PATH, boothPath, exhibitionPath } from "@/lib/exhibition/paths";
import { getCurrentExhibitionEdition, listExhibition, type Exhibition } from "@/lib/exhibition/queries";
import { parseBoothFilters, type BoothFilters as Filters } from "@/lib/exhibition/schema";
import { isLocale, localizedPath, type Locale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/localized";
import { getTranslator } from "@/lib/i18n/translator";
import { formatDate } from "@/lib/time/format";
import { BoothCard } from "./booth-card";
import { BoothFilters } from "./booth-filters";
import { FloorMap } from "./floor-map";
import { MapLegend } from "./map-legend";

/** The locale and edition year a page's params name; the current edition when there is no year segment. */
export async function resolveExhibitionParams(params: Promise<{ locale: string; year?: string }>) {
  const { locale, year } = await params;
  if (!isLocale(locale)) notFound();
  if (year !== undefined && !/^\d{4}$/.test(year)) notFound();
  const currentYear = (await getCurrentExhibitionEdition())?.year ?? null;
  return { locale, year: year === undefined ? currentYear : Number(year), currentYear };
}

export function exhibitionTitle(locale: Locale, exhibition: Exhibition, currentYear: number | null): string {
  const t = getTranslator(locale, "exhibition");
  if (exhibition.event) return pickLocalized(locale, exhibition.event.title, exhibition.event.titleEn);
  return exhibition.edition.year === currentYear ? t("title") : t("editionTitle", { year: exhibition.edition.year });
}

export async function exhibitionMetadata(
  locale: Locale,
  year: number | null,
  currentYear: number | null,
  filtered: boolean,
): Promise<Metadata> {
  const t = getTranslator(locale, "exhibition");
  const exhibition = year === null ? null : await listExhibition(year);
  if (!exhibition) return { title: t("title") };
  return {
    title: exhibitionTitle(locale, exhibition, currentYear),
    description: t("metaDescription", { edition: pickLocalized(locale, exhibition.edition.name, exhibition.edition.nameEn) }),
    alternates: { canonical: localizedPath(locale, exhibitionPath(exhibition.edition.year, currentYear)) },
    // A filtered view is a variant of the directory: its canonical is the directory itself.
    ...(filtered ? { robots: { index: false, follow: true } } : {}),
  };
}

/** `25/09/2025 – 26/09/2025`, or one day. */
function eventDays(startsAt: Date, endsAt: Date): string {
  const first = formatDate(startsAt);
  const last = formatDate(endsAt);
  return first === last ? first : `${first} – ${last}`;
}

/**
 * The booth directory of an edition with its floor map. Without `searchParams` it renders statically
 * (the bare /exhibition); with them, filtered per request. proxy.ts sends query strings to the filtered route.
 */
export async function ExhibitionPage({
  locale,
  year,
  currentYear,
  searchParams,
}: {
  locale: Locale;
  year: number | null;
  currentYear: number | null;
  searchParams?: Record<string, string | string[] | undefined>;
}) {
  if (year === null) return <NoEdition locale={locale} />;
  const filters: Filters = searchParams ? parseBoothFilters(searchParams) : {};
  const exhibition = await listExhibition(year, filters);
  if (!exhibition) notFound();
  const { edition, event, booths, matching } = exhibition;
  const t = getTranslator(locale, "exhibition");
  const path = exhibitionPath(edition.year, currentYear);
  const action = localizedPath(locale, path);
  const hrefFor = (booth: { code: string }) => localizedPath(locale, boothPath(edition.year, booth.code, currentYear));
  const isFiltered = Boolean(filters.q || filters.category);
  const venue = exhibition.hallVenueName ?? event?.venue ?? null;
  const venueName = venue ? pickLocalized(locale, venue.name, venue.nameEn) : null;
  const takesApplications = edition.isCurrent && edition.status === "PUBLISHED";

  return (
    <Container className="py-10 sm:py-14">
      <header>
        <p className="text-sm font-semibold tracking-[0.14em] text-accent-700 uppercase">
          {pickLocalized(locale, edition.name, edition.nameEn)}
        </p>
        <h1 className="mt-2 text-3xl font-bold text-brand-900 sm:text-4xl">{exhibitionTitle(locale, exhibition, currentYear)}</h1>
        {booths.length > 0 && <p className="mt-3 max-w-3xl text-muted">{t("intro", { count: booths.length })}</p>}
        {(event || venueName) && (
          <dl className="mt-4 grid gap-1 text-sm sm:grid-cols-[auto_1fr] sm:gap-x-3">
            {event && (
              <>
                <dt className="font-semibold text-brand-800">{t("when")}</dt>
                <dd>{eventDays(event.startsAt, event.endsAt)}</dd>
              </>
            )}
            {venueName && (
              <>
                <dt className="font-semibold text-brand-800">{t("where")}</dt>
                <dd>{venueName}</dd>
              </>
            )}
          </dl>
        )}
      </header>

      {edition.status === "ARCHIVED" && (
        <p className="mt-6 rounded-md border-l-4 border-gold-400 bg-brand-50 px-4 py-3 font-semibold text-brand-900">
          {t("archivedNotice", { year: edition.year })}
        </p>
      )}

      {takesApplications && (
        <section
          aria-labelledby="apply-title"
          className="mt-6 flex flex-wrap items-center justify-between gap-4 rounded-xl bg-brand-900 p-5 text-white"
        >
          <div>
            <h2 id="apply-title" className="text-lg font-bold">
              {t("applyTitle")}
            </h2>
            <p className="mt-1 text-brand-100">{t("applyText")}</p>
          </div>
          <ButtonLink href={localizedPath(locale, APPLICATION_PATH)}>{t("applyCta")}</ButtonLink>
        </section>
      )}

      {booths.length === 0 ? (
        <div className="mt-8 rounded-xl border border-dashed border-brand-700/30 p-8 text-center">
          <h2 className="text-xl font-bold text-brand-900">{t("noBoothsTitle")}</h2>
          <p className="mt-2 text-muted">{t("noBoothsText")}</p>
        </div>
      ) : (
        <>
          <div className="mt-8">
            <BoothFilters locale={locale} action={action} filters={filters} />
          </div>
          {isFiltered && (
            <p role="status" className="mt-6 font-semibold text-brand-900">
              {t("resultCount", { count: matching.length, total: booths.length })}
            </p>
          )}

          <section aria-labelledby="floor-map-title" className="mt-10">
            <div className="flex flex-wrap items-baseline justify-between gap-3">
              <h2 id="floor-map-title" className="text-2xl font-bold text-brand-900">
                {t("mapTitle")}
              </h2>
              <a href="#booth-list" className="font-semibold text-brand-700 underline underline-offset-4">
                {t("skipMap")}
              </a>
            </div>
            <p className="mt-2 text-muted">
              {t("mapIntro")} {isFiltered && t("mapDimmedNote")}
            </p>
            <div className="mt-4">
              <MapLegend locale={locale} booths={booths} />
            </div>
            <p className="mt-3 text-sm text-muted sm:hidden">{t("mapSwipeHint")}</p>
            {/* Scrolls sideways on a phone rather than shrinking booth codes below a readable size. */}
            <div className="mt-4 overflow-x-auto rounded-xl border border-brand-100 bg-white p-2 shadow-sm">
              <div className="min-w-[44rem]">
                <FloorMap
                  locale={locale}
                  id="hall"
                  plan={hallPlanFor(exhibition.hallVenueSlug, booths)}
                  booths={booths}
                  label={t("mapLabel", { venue: venueName ?? t("mapNoVenue"), count: booths.length })}
                  hrefFor={hrefFor}
                  emphasised={isFiltered ? new Set(matching.map((booth) => booth.id)) : undefined}
                />
              </div>
            </div>
            <p className="mt-2 text-sm text-muted md:hidden">{t("mapScrollHint")}</p>
          </section>

          <section id="booth-list" aria-labelledby="booth-list-title" className="mt-12 scroll-mt-24">
            <h2 id="booth-list-title" className="text-2xl font-bold text-brand-900">
              {t("listTitle")}
            </h2>
            {matching.length === 0 ? (
              <div className="mt-6 rounded-xl border border-dashed border-brand-700/30 p-8 text-center">
                <h3 className="text-xl font-bold text-brand-900">{t("emptyTitle")}</h3>
                <p className="mt-2 text-muted">{t("emptyText")}</p>
                <a
                  href={action}
                  className="mt-4 inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4"
                >
                  {t("reset")}
                </a>
              </div>
            ) : (
              <ul className="mt-6 grid gap-4 md:grid-cols-2 lg:grid-cols-3">
                {matching.map((booth) => (
                  <li key={booth.id}>
                    <BoothCard locale={locale} booth={booth} href={hrefFor(booth)} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </Container>
  );
}
