import { notFound } from "next/navigation";
import { BoothForm } from "@/components/admin/exhibition/booth-form";
import { AdminPageHeader } from "@/components/admin/page-header";
import { requirePermission } from "@/lib/auth/guard";
import { isLocale, localizedPath } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  return { title: getTranslator(isLocale(locale) ? locale : "vi", "adminBooths")("newTitle") };
}

export default async function NewBoothPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  await requirePermission("booths:edit", { locale, returnTo: localizedPath(locale, "/admin/booths/new") });
  const t = getTranslator(locale, "adminBooths");
  return (
    <>
      <AdminPageHeader title={t("newTitle")} back={{ href: localizedPath(locale, "/admin/booths"), label: t("back") }} />
      <div className="max-w-3xl">
        <BoothForm locale={locale} initial={{ category: "STARTUP", width: "30", height: "30" }} />
      </div>
    </>
  );
}
