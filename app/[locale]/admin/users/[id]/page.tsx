import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "@/lib/zod";
import { AdminPanel } from "@/components/admin/panel";
import { AdminPageHeader } from "@/components/admin/page-header";
import { ResetPasswordForm } from "@/components/admin/users/reset-password-form";
import { UserRoleForm } from "@/components/admin/users/user-role-form";
import { UserStatusForm } from "@/components/admin/users/user-status-form";
import { requirePermission } from "@/lib/auth/guard";
import { isLocale, localizedPath } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { formatDateTime } from "@/lib/time/format";
import { findUser } from "@/lib/users/queries";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: getTranslator(isLocale(locale) ? locale : "vi", "adminUsers")("details") };
}

export default async function UserPage({ params }: Props) {
  const { locale, id } = await params;
  if (!isLocale(locale)) notFound();
  const actor = await requirePermission("users:manage", { locale, returnTo: localizedPath(locale, `/admin/users/${id}`) });
  if (!z.uuid().safeParse(id).success) notFound();
  const user = await findUser(id);
  if (!user) notFound();
  const t = getTranslator(locale, "adminUsers");
  const roles = getTranslator(locale, "adminRoles");
  const isSelf = actor.id === user.id;
  return (
    <>
      <AdminPageHeader
        title={user.name}
        intro={user.email}
        back={{ href: localizedPath(locale, "/admin/users"), label: t("backToList") }}
      />
      <dl className="mb-8 grid gap-4 rounded-lg bg-white p-6 text-sm shadow-sm ring-1 ring-brand-100 sm:grid-cols-4">
        <div>
          <dt className="font-semibold text-muted">{t("role")}</dt>
          <dd className="mt-1 text-ink">{roles(user.role)}</dd>
        </div>
        <div>
          <dt className="font-semibold text-muted">{t("status")}</dt>
          <dd className="mt-1 text-ink">{user.disabledAt ? t("disabled") : t("active")}</dd>
        </div>
        <div>
          <dt className="font-semibold text-muted">{t("lastLogin")}</dt>
          <dd className="mt-1 text-ink">{user.lastLoginAt ? formatDateTime(user.lastLoginAt) : t("never")}</dd>
        </div>
        <div>
          <dt className="font-semibold text-muted">{t("createdAt")}</dt>
          <dd className="mt-1 text-ink">{formatDateTime(user.createdAt)}</dd>
        </div>
      </dl>
      <div className="grid gap-6 lg:grid-cols-2">
        <AdminPanel title={t("roleTitle")}>
          {isSelf ? (
            <p className="text-muted">{t("cannotChangeOwnRole")}</p>
          ) : (
            <UserRoleForm locale={locale} userId={user.id} role={user.role} />
          )}
        </AdminPanel>
        <AdminPanel title={t("statusTitle")}>
          {isSelf ? (
            <p className="text-muted">{t("cannotDisableSelf")}</p>
          ) : (
            <UserStatusForm
              locale={locale}
              userId={user.id}
              name={user.name}
              disabledSince={user.disabledAt ? formatDateTime(user.disabledAt) : null}
            />
          )}
        </AdminPanel>
        <AdminPanel title={t("passwordTitle")}>
          <p className="mb-4 text-muted">{t("passwordIntro")}</p>
          <ResetPasswordForm locale={locale} userId={user.id} />
        </AdminPanel>
      </div>
    </>
  );
}
