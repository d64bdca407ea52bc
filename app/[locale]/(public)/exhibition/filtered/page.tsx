import { ExhibitionPage, exhibitionMetadata, resolveExhibitionParams } from "@/components/exhibition/exhibition-page";

// /exhibition?… arrives here through proxy.ts: reading the query string makes this route dynamic,
// which keeps the bare /exhibition static.
type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props) {
  const { locale, year, currentYear } = await resolveExhibitionParams(params);
  return exhibitionMetadata(locale, year, currentYear, true);
}

export default async function FilteredExhibitionPage({ params, searchParams }: Props) {
  const { locale, year, currentYear } = await resolveExhibitionParams(params);
  return <ExhibitionPage locale={locale} year={year} currentYear={currentYear} searchParams={await searchParams} />;
}
