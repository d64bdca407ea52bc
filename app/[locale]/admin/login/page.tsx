import { notFound, redirect } from "next/navigation";
import { LoginForm } from "@/components/admin/login-form";
import { adminPageMetadata } from "@/components/admin/page-metadata";
import { safeAdminPath } from "@/lib/auth/paths";
import { getCurrentUser } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";

export const generateMetadata = adminPageMetadata("adminLogin");

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ next?: string; signedOut?: string; passwordChanged?: string }>;
};

export default async function LoginPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const query = await searchParams;
  const next = safeAdminPath(query.next, locale);
  if (await getCurrentUser()) redirect(next);
  const t = getTranslator(locale, "adminLogin");
  const notice = query.passwordChanged ? t("passwordChanged") : query.signedOut ? t("signedOut") : null;
  return (
    <div className="mx-auto max-w-md">
      <div className="rounded-xl bg-white p-6 shadow-sm ring-1 ring-brand-100 sm:p-8">
        <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
        <p className="mt-2 text-muted">{t("intro")}</p>
        {notice && (
          <p role="status" className="mt-5 rounded-md bg-brand-50 px-4 py-3 font-semibold text-brand-900">
            {notice}
          </p>
        )}
        <div className="mt-6">
          <LoginForm locale={locale} next={next} />
        </div>
        <p className="mt-6 text-sm text-muted">{t("forgot")}</p>
      </div>
    </div>
  );
}
