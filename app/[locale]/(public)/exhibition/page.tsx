import { ExhibitionPage, exhibitionMetadata, resolveExhibitionParams } from "@/components/exhibition/exhibition-page";

// Static, refreshed every five minutes. Filtered views (?q=…, ?category=…) are rendered by ./filtered,
// where proxy.ts sends them.
export const revalidate = 300;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale, year, currentYear } = await resolveExhibitionParams(params);
  return exhibitionMetadata(locale, year, currentYear, false);
}

export default async function CurrentExhibitionPage({ params }: Props) {
  const { locale, year, currentYear } = await resolveExhibitionParams(params);
  return <ExhibitionPage locale={locale} year={year} currentYear={currentYear} />;
}
