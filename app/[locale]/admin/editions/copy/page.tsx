import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CopyEditionForm } from "@/components/admin/editions/edition-forms";
import { AdminPageHeader } from "@/components/admin/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { listEditionsForAdmin } from "@/lib/editions/admin-queries";
import { suggestedCopy } from "@/lib/editions/rules";
import { isLocale, localizedPath } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: getTranslator(isLocale(locale) ? locale : "vi", "adminEditions")("copyTitle") };
}

export default async function CopyEditionPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  await requirePermission("editions:edit", { locale, returnTo: localizedPath(locale, "/admin/editions/copy") });
  const t = getTranslator(locale, "adminEditions");
  const editions = await listEditionsForAdmin();
  const latest = editions[0];
  return (
    <>
      <AdminPageHeader
        title={t("copyTitle")}
        intro={t("copyIntro")}
        back={{ href: localizedPath(locale, "/admin/editions"), label: t("backToList") }}
      />
      {latest ? (
        <div className="max-w-2xl rounded-lg bg-white p-6 shadow-sm ring-1 ring-brand-100">
          <CopyEditionForm locale={locale} sources={editions} suggested={suggestedCopy(latest)} />
        </div>
      ) : (
        <p className="text-muted">{t("empty")}</p>
      )}
    </>
  );
}
