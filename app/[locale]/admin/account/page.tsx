import { notFound } from "next/navigation";
import { ChangePasswordForm } from "@/components/admin/change-password-form";
import { AdminPageHeader } from "@/components/admin/page-header";
import { adminPageMetadata } from "@/components/admin/page-metadata";
import { requireUser } from "@/lib/auth/guard";
import { isLocale, localizedPath } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";

export const generateMetadata = adminPageMetadata("adminAccount");

export default async function AccountPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  await requireUser({ locale, returnTo: localizedPath(locale, "/admin/account") });
  const t = getTranslator(locale, "adminAccount");
  return (
    <>
      <AdminPageHeader title={t("title")} intro={t("intro")} />
      <div className="max-w-xl rounded-lg bg-white p-6 shadow-sm ring-1 ring-brand-100">
        <ChangePasswordForm locale={locale} />
      </div>
    </>
  );
}
