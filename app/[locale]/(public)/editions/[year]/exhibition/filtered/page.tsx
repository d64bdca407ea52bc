import { ExhibitionPage, exhibitionMetadata, resolveExhibitionParams } from "@/components/exhibition/exhibition-page";

// /editions/{year}/exhibition?… arrives here through proxy.ts (see ../../../exhibition/filtered/page.tsx).
type Props = {
  params: Promise<{ locale: string; year: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props) {
  const { locale, year, currentYear } = await resolveExhibitionParams(params);
  return exhibitionMetadata(locale, year, currentYear, true);
}

export default async function FilteredEditionExhibitionPage({ params, searchParams }: Props) {
  const { locale, year, currentYear } = await resolveExhibitionParams(params);
  return <ExhibitionPage locale={locale} year={year} currentYear={currentYear} searchParams={await searchParams} />;
}
