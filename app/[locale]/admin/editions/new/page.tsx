import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NewEditionForm } from "@/components/admin/editions/edition-forms";
import { AdminPageHeader } from "@/components/admin/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { isLocale, localizedPath } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: getTranslator(isLocale(locale) ? locale : "vi", "adminEditions")("newTitle") };
}

export default async function NewEditionPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  await requirePermission("editions:edit", { locale, returnTo: localizedPath(locale, "/admin/editions/new") });
  const t = getTranslator(locale, "adminEditions");
  return (
    <>
      <AdminPageHeader title={t("newTitle")} back={{ href: localizedPath(locale, "/admin/editions"), label: t("backToList") }} />
      <div className="max-w-2xl rounded-lg bg-white p-6 shadow-sm ring-1 ring-brand-100">
        <NewEditionForm locale={locale} />
      </div>
    </>
  );
}
