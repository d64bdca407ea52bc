import { notFound } from "next/navigation";
import { NewsForm } from "@/components/admin/news/news-form";
import { AdminPageHeader } from "@/components/admin/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { isLocale, localizedPath } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  return { title: getTranslator(isLocale(locale) ? locale : "vi", "adminNews")("newTitle") };
}

export default async function NewNewsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  await requirePermission("news:edit", { locale, returnTo: localizedPath(locale, "/admin/news/new") });
  const t = getTranslator(locale, "adminNews");
  return (
    <>
      <AdminPageHeader title={t("newTitle")} back={{ href: localizedPath(locale, "/admin/news"), label: t("back") }} />
      <div className="max-w-3xl">
        <NewsForm locale={locale} initial={{}} />
      </div>
    </>
  );
}
