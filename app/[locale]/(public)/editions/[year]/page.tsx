import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EditionOverview } from "@/components/edition/edition-overview";
import { getEditionByYear } from "@/lib/editions/queries";
import { isLocale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/localized";

export const revalidate = 300;

type Params = Promise<{ locale: string; year: string }>;

async function loadEdition(params: Params) {
  const { locale, year } = await params;
  if (!isLocale(locale) || !/^\d{4}$/.test(year)) notFound();
  const edition = await getEditionByYear(Number(year));
  if (!edition) notFound();
  return { locale, edition };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, edition } = await loadEdition(params);
  return { title: pickLocalized(locale, edition.name, edition.nameEn) };
}

export default async function EditionPage({ params }: { params: Params }) {
  const { locale, edition } = await loadEdition(params);
  return <EditionOverview locale={locale} edition={edition} />;
}
