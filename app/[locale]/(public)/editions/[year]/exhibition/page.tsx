import { ExhibitionPage, exhibitionMetadata, resolveExhibitionParams } from "@/components/exhibition/exhibition-page";

// Static per edition year, rendered on first visit and refreshed like the current exhibition.
export const revalidate = 300;
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; year: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale, year, currentYear } = await resolveExhibitionParams(params);
  return exhibitionMetadata(locale, year, currentYear, false);
}

export default async function EditionExhibitionPage({ params }: Props) {
  const { locale, year, currentYear } = await resolveExhibitionParams(params);
  return <ExhibitionPage locale={locale} year={year} currentYear={currentYear} />;
}
