import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DeleteEditionSection } from "@/components/admin/editions/delete-edition-section";
import { EditionContactsForm } from "@/components/admin/editions/edition-contacts-form";
import { EditEditionForm } from "@/components/admin/editions/edition-forms";
import { AdminPageHeader } from "@/components/admin/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { findEditionContactsForAdmin, findEditionDeletionForAdmin, findEditionForAdmin } from "@/lib/editions/admin-queries";
import { isLocale, localizedPath } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";

type Props = { params: Promise<{ locale: string; year: string }> };

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, year } = await params;
  return { title: getTranslator(isLocale(locale) ? locale : "vi", "adminEditions")("editTitle", { year }) };
}

export default async function EditEditionPage({ params }: Props) {
  const { locale, year } = await params;
  if (!isLocale(locale)) notFound();
  await requirePermission("editions:edit", { locale, returnTo: localizedPath(locale, `/admin/editions/${year}/edit`) });
  const edition = /^\d{4}$/.test(year) ? await findEditionForAdmin(Number(year)) : null;
  if (!edition) notFound();
  const [deletion, contacts] = await Promise.all([findEditionDeletionForAdmin(edition.id), findEditionContactsForAdmin(edition.id)]);
  const t = getTranslator(locale, "adminEditions");
  return (
    <>
      <AdminPageHeader
        title={t("editTitle", { year: edition.year })}
        intro={t("editIntro")}
        back={{ href: localizedPath(locale, "/admin/editions"), label: t("backToList") }}
      />
      <div className="max-w-2xl rounded-lg bg-white p-6 shadow-sm ring-1 ring-brand-100">
        <EditEditionForm
          locale={locale}
          edition={{
            id: edition.id,
            name: edition.name,
            nameEn: edition.nameEn ?? "",
            theme: edition.theme,
            themeEn: edition.themeEn ?? "",
            startsOn: isoDay(edition.startsOn),
            endsOn: isoDay(edition.endsOn),
            exhibitionApplyBy: edition.exhibitionApplyBy ? isoDay(edition.exhibitionApplyBy) : "",
            boothTerms: edition.boothTerms ?? "",
            boothTermsEn: edition.boothTermsEn ?? "",
          }}
        />
      </div>
      <section aria-labelledby="edition-contacts" className="mt-8 max-w-2xl rounded-lg bg-white p-6 shadow-sm ring-1 ring-brand-100">
        <h2 id="edition-contacts" className="text-xl font-bold text-brand-900">
          {getTranslator(locale, "adminEditionContacts")("title")}
        </h2>
        <p className="mt-2 mb-6 text-sm text-muted">{getTranslator(locale, "adminEditionContacts")("intro")}</p>
        <EditionContactsForm locale={locale} editionId={edition.id} contacts={contacts} />
      </section>
      {deletion && <DeleteEditionSection locale={locale} edition={edition} deletion={deletion} />}
    </>
  );
}
