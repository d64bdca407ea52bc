import { AgendaPage, agendaMetadata, resolveAgendaParams } from "@/components/agenda/agenda-page";

// Static, refreshed every five minutes and at once when organisers publish (lib/agenda/revalidate.ts).
// Filtered views (?q=…) are rendered by ./filtered, where proxy.ts sends them.
export const revalidate = 300;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale, year, currentYear } = await resolveAgendaParams(params);
  return agendaMetadata(locale, year, currentYear, false);
}

export default async function CurrentAgendaPage({ params }: Props) {
  const { locale, year, currentYear } = await resolveAgendaParams(params);
  return <AgendaPage locale={locale} year={year} currentYear={currentYear} />;
}
