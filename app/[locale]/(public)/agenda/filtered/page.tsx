import { AgendaPage, agendaMetadata, resolveAgendaParams } from "@/components/agenda/agenda-page";

// /agenda?… arrives here through proxy.ts: reading the query string makes this route dynamic,
// which keeps the bare /agenda static.
type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props) {
  const { locale, year, currentYear } = await resolveAgendaParams(params);
  return agendaMetadata(locale, year, currentYear, true);
}

export default async function FilteredAgendaPage({ params, searchParams }: Props) {
  const { locale, year, currentYear } = await resolveAgendaParams(params);
  return <AgendaPage locale={locale} year={year} currentYear={currentYear} searchParams={await searchParams} />;
}
