import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CatalogueList } from "@/components/admin/catalogue/catalogue-list";
import { AdminPageHeader } from "@/components/admin/page-header";
import { buttonClass } from "@/components/admin/styles";
import { requirePermission } from "@/lib/auth/guard";
import { listCatalogue } from "@/lib/catalogue/queries";
import { CATALOGUE_CAPABILITY, isCatalogueKind } from "@/lib/catalogue/schema";
import { isLocale, localizedPath } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";

// Units, venues and speakers share their screens: /admin/units, /admin/venues, /admin/speakers.

type Props = {
  params: Promise<{ locale: string; kind: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, kind } = await params;
  if (!isCatalogueKind(kind)) return {};
  return { title: getTranslator(isLocale(locale) ? locale : "vi", "adminCatalogue")(`${kind}Title`) };
}

export default async function CataloguePage({ params, searchParams }: Props) {
  const { locale, kind } = await params;
  if (!isLocale(locale) || !isCatalogueKind(kind)) notFound();
  await requirePermission(CATALOGUE_CAPABILITY[kind], { locale, returnTo: localizedPath(locale, `/admin/${kind}`) });
  const { q } = await searchParams;
  const query = typeof q === "string" ? q.normalize("NFC").slice(0, 100) : "";
  const t = getTranslator(locale, "adminCatalogue");
  return (
    <>
      <AdminPageHeader title={t(`${kind}Title`)} intro={t(`${kind}Intro`)}>
        <Link href={localizedPath(locale, `/admin/${kind}/new`)} className={buttonClass("primary")}>
          {t(`${kind}New`)}
        </Link>
      </AdminPageHeader>
      <CatalogueList locale={locale} kind={kind} rows={await listCatalogue(kind, query)} query={query} />
    </>
  );
}
