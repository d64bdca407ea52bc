import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Container } from "@/components/ui/container";
import { mapSearchUrl } from "@/lib/agenda/links";
import { venuePath } from "@/lib/agenda/paths";
import { getCurrentEditionYear, getVenueWithSessions, type VenueWithSessions } from "@/lib/agenda/queries";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/localized";
import { getTranslator } from "@/lib/i18n/translator";
import { publicPageMetadata } from "@/lib/seo/page-metadata";
import { ExternalLink } from "./external-link";
import { SessionList } from "./session-list";

export async function loadVenuePage(params: Promise<{ locale: string; slug: string }>) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const [found, currentYear] = await Promise.all([getVenueWithSessions(slug), getCurrentEditionYear()]);
  if (!found) notFound();
  return { locale, currentYear, ...found };
}

export async function venueMetadata(params: Promise<{ locale: string; slug: string }>): Promise<Metadata> {
  const { locale, venue } = await loadVenuePage(params);
  const name = pickLocalized(locale, venue.name, venue.nameEn);
  return publicPageMetadata({
    locale,
    path: venuePath(venue.slug),
    title: name,
    description: getTranslator(locale, "venue")("metaDescription", { name }),
  });
}

export function VenuePage({ locale, currentYear, venue, editions }: { locale: Locale; currentYear: number | null } & VenueWithSessions) {
  const t = getTranslator(locale, "venue");
  const agendaT = getTranslator(locale, "agenda");
  return (
    <Container className="py-8 sm:py-12">
      <header>
        <p className="text-sm font-semibold tracking-[0.14em] text-accent-700 uppercase">{agendaT("venue")}</p>
        <h1 className="mt-2 text-3xl font-bold text-brand-900 sm:text-4xl">{pickLocalized(locale, venue.name, venue.nameEn)}</h1>
        <dl className="mt-4 grid gap-3 sm:grid-cols-[auto_1fr] sm:gap-x-4">
          <dt className="font-semibold text-brand-800">{t("address")}</dt>
          <dd>
            {venue.address}{" "}
            <ExternalLink locale={locale} href={mapSearchUrl(venue)} className="ml-1 font-semibold text-brand-700 underline underline-offset-4">
              {agendaT("mapLink")}
            </ExternalLink>
          </dd>
          {venue.capacity !== null && (
            <>
              <dt className="font-semibold text-brand-800">{t("capacity")}</dt>
              <dd>{t("capacityValue", { count: venue.capacity })}</dd>
            </>
          )}
        </dl>
      </header>

      <section aria-labelledby="venue-sessions" className="mt-10">
        <h2 id="venue-sessions" className="text-2xl font-bold text-brand-900">{t("sessionsTitle")}</h2>
        {editions.length === 0 ? (
          <p className="mt-4 text-muted">{t("noSessions")}</p>
        ) : (
          editions.map(({ edition, sessions }) => (
            <div key={edition.year} className="mt-6">
              <h3 className="border-b-2 border-brand-800 pb-2 text-xl font-bold text-brand-900">
                {t("editionHeading", { year: edition.year })}
              </h3>
              <SessionList locale={locale} year={edition.year} currentYear={currentYear} sessions={sessions} className="mt-4" />
            </div>
          ))
        )}
      </section>
    </Container>
  );
}
