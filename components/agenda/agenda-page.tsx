import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NoEdition } from "@/components/edition/no-edition";
import { agendaPath } from "@/lib/agenda/paths";
import { getCurrentEditionYear, getEditionAgenda, listEditionSessions } from "@/lib/agenda/queries";
import { parseSessionFilters, type SearchParamsInput } from "@/lib/agenda/schema";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/localized";
import { getTranslator } from "@/lib/i18n/translator";
import { publicPageMetadata } from "@/lib/seo/page-metadata";
import { AgendaView } from "./agenda-view";

/** The locale and edition year a page's params name; the current edition when there is no year segment. */
export async function resolveAgendaParams(params: Promise<{ locale: string; year?: string }>) {
  const { locale, year } = await params;
  if (!isLocale(locale)) notFound();
  if (year !== undefined && !/^\d{4}$/.test(year)) notFound();
  const currentYear = await getCurrentEditionYear();
  return { locale, year: year === undefined ? currentYear : Number(year), currentYear };
}

export async function agendaMetadata(locale: Locale, year: number | null, currentYear: number | null, filtered: boolean): Promise<Metadata> {
  const t = getTranslator(locale, "agenda");
  const result = year === null ? null : await getEditionAgenda(year);
  if (!result) return { title: t("title") };
  const { edition } = result;
  return publicPageMetadata({
    locale,
    path: agendaPath(edition.year, currentYear),
    title: edition.year === currentYear ? `${t("title")} ${edition.year}` : t("editionTitle", { year: edition.year }),
    description: t("metaDescription", { edition: pickLocalized(locale, edition.name, edition.nameEn) }),
    // A filtered view is a variant of the agenda: its canonical is the agenda itself.
    noIndex: filtered,
  });
}

/**
 * The agenda of an edition. Without `searchParams` it renders statically (the bare /agenda); with them,
 * filtered per request. proxy.ts sends query strings to the filtered route.
 */
export async function AgendaPage({
  locale,
  year,
  currentYear,
  searchParams,
}: {
  locale: Locale;
  year: number | null;
  currentYear: number | null;
  searchParams?: SearchParamsInput;
}) {
  if (year === null) return <NoEdition locale={locale} />;
  const all = await getEditionAgenda(year);
  if (!all) notFound();
  const filters = searchParams ? parseSessionFilters(searchParams) : {};
  const { day: _day, ...withoutDay } = filters;
  const narrowed = Object.values(withoutDay).some(Boolean);
  const sessions = narrowed ? ((await listEditionSessions(year, withoutDay))?.sessions ?? []) : all.sessions;
  return (
    <AgendaView
      locale={locale}
      edition={all.edition}
      currentYear={currentYear}
      allSessions={all.sessions}
      sessions={sessions}
      filters={filters}
      path={agendaPath(year, currentYear)}
    />
  );
}
