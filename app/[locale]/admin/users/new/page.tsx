import { notFound } from "next/navigation";
import { AdminPageHeader } from "@/components/admin/page-header";
import { CreateUserForm } from "@/components/admin/users/create-user-form";
import { requirePermission } from "@/lib/auth/guard";
import { isLocale, localizedPath } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import type { Metadata } from "next";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  return { title: getTranslator(isLocale(locale) ? locale : "vi", "adminUsers")("newTitle") };
}

export default async function NewUserPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  await requirePermission("users:manage", { locale, returnTo: localizedPath(locale, "/admin/users/new") });
  const t = getTranslator(locale, "adminUsers");
  return (
    <>
      <AdminPageHeader title={t("newTitle")} back={{ href: localizedPath(locale, "/admin/users"), label: t("backToList") }} />
      <div className="max-w-xl rounded-lg bg-white p-6 shadow-sm ring-1 ring-brand-100">
        <CreateUserForm locale={locale} />
      </div>
    </>
  );
}
