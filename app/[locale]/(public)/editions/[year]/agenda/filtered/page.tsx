import { AgendaPage, agendaMetadata, resolveAgendaParams } from "@/components/agenda/agenda-page";

// /editions/{year}/agenda?… arrives here through proxy.ts (see ../../../agenda/filtered/page.tsx).
type Props = {
  params: Promise<{ locale: string; year: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props) {
  const { locale, year, currentYear } = await resolveAgendaParams(params);
  return agendaMetadata(locale, year, currentYear, true);
}

export default async function FilteredEditionAgendaPage({ params, searchParams }: Props) {
  const { locale, year, currentYear } = await resolveAgendaParams(params);
  return <AgendaPage locale={locale} year={year} currentYear={currentYear} searchParams={await searchParams} />;
}
