import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CatalogueForm } from "@/components/admin/catalogue/catalogue-form";
import { AdminPageHeader } from "@/components/admin/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { CATALOGUE_CAPABILITY, isCatalogueKind } from "@/lib/catalogue/schema";
import { isLocale, localizedPath } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";

type Props = { params: Promise<{ locale: string; kind: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, kind } = await params;
  if (!isCatalogueKind(kind)) return {};
  return { title: getTranslator(isLocale(locale) ? locale : "vi", "adminCatalogue")(`${kind}New`) };
}

export default async function NewCatalogueRecordPage({ params }: Props) {
  const { locale, kind } = await params;
  if (!isLocale(locale) || !isCatalogueKind(kind)) notFound();
  await requirePermission(CATALOGUE_CAPABILITY[kind], { locale, returnTo: localizedPath(locale, `/admin/${kind}/new`) });
  const t = getTranslator(locale, "adminCatalogue");
  return (
    <>
      <AdminPageHeader title={t(`${kind}New`)} back={{ href: localizedPath(locale, `/admin/${kind}`), label: t("backToList") }} />
      <div className="max-w-2xl rounded-lg bg-white p-6 shadow-sm ring-1 ring-brand-100">
        <CatalogueForm locale={locale} kind={kind} id={null} initialValues={{}} />
      </div>
    </>
  );
}
