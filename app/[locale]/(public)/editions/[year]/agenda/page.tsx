import { AgendaPage, agendaMetadata, resolveAgendaParams } from "@/components/agenda/agenda-page";

// Static per edition year, rendered on first visit and refreshed like the current agenda.
export const revalidate = 300;
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; year: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale, year, currentYear } = await resolveAgendaParams(params);
  return agendaMetadata(locale, year, currentYear, false);
}

export default async function EditionAgendaPage({ params }: Props) {
  const { locale, year, currentYear } = await resolveAgendaParams(params);
  return <AgendaPage locale={locale} year={year} currentYear={currentYear} />;
}
