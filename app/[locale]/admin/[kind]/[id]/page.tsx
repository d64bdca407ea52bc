import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "@/lib/zod";
import { CatalogueForm } from "@/components/admin/catalogue/catalogue-form";
import { MergeForm } from "@/components/admin/catalogue/merge-form";
import { DoneBanner } from "@/components/admin/done-banner";
import { AdminPageHeader } from "@/components/admin/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { findCatalogueRecord, listCatalogue } from "@/lib/catalogue/queries";
import { CATALOGUE_CAPABILITY, catalogueFormValues, isCatalogueKind } from "@/lib/catalogue/schema";
import { isLocale, localizedPath } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";

type Props = {
  params: Promise<{ locale: string; kind: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, kind } = await params;
  if (!isCatalogueKind(kind)) return {};
  return { title: getTranslator(isLocale(locale) ? locale : "vi", "adminCatalogue")(`${kind}Title`) };
}

const DONE = ["created", "saved", "merged"] as const;

export default async function CatalogueRecordPage({ params, searchParams }: Props) {
  const { locale, kind, id } = await params;
  if (!isLocale(locale) || !isCatalogueKind(kind)) notFound();
  await requirePermission(CATALOGUE_CAPABILITY[kind], { locale, returnTo: localizedPath(locale, `/admin/${kind}/${id}`) });
  if (!z.uuid().safeParse(id).success) notFound();
  const [record, all, { done }] = await Promise.all([findCatalogueRecord(kind, id), listCatalogue(kind), searchParams]);
  if (!record) notFound();
  const t = getTranslator(locale, "adminCatalogue");
  const name = String(record.name);
  return (
    <>
      <AdminPageHeader title={name} back={{ href: localizedPath(locale, `/admin/${kind}`), label: t("backToList") }} />
      <DoneBanner message={DONE.includes(done as (typeof DONE)[number]) ? t(done as (typeof DONE)[number]) : null} />
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="details-title" className="rounded-lg bg-white p-6 shadow-sm ring-1 ring-brand-100">
          <h2 id="details-title" className="mb-4 text-lg font-bold text-brand-900">
            {t("detailsTitle")}
          </h2>
          <CatalogueForm locale={locale} kind={kind} id={id} initialValues={catalogueFormValues(kind, record)} />
        </section>
        <section aria-labelledby="merge-title" className="self-start rounded-lg bg-white p-6 shadow-sm ring-1 ring-brand-100">
          <h2 id="merge-title" className="mb-4 text-lg font-bold text-brand-900">
            {t("mergeTitle")}
          </h2>
          <MergeForm
            locale={locale}
            kind={kind}
            source={{ id, name }}
            targets={all.filter((row) => row.id !== id).map((row) => ({ value: row.id, label: row.detail ? `${row.name} – ${row.detail}` : row.name }))}
          />
        </section>
      </div>
    </>
  );
}
