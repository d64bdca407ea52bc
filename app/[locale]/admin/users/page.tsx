import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminCell, AdminTable } from "@/components/admin/admin-table";
import { AdminPageHeader } from "@/components/admin/page-header";
import { adminPageMetadata } from "@/components/admin/page-metadata";
import { buttonClass } from "@/components/admin/styles";
import { requirePermission } from "@/lib/auth/guard";
import { isLocale, localizedPath } from "@/lib/i18n/config";
import { getMessages, getTranslator } from "@/lib/i18n/translator";
import { formatDateTime } from "@/lib/time/format";
import { listUsers } from "@/lib/users/queries";
import { StatusBadge } from "@/components/admin/status-badge";

export const generateMetadata = adminPageMetadata("adminUsers");

export default async function UsersPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  await requirePermission("users:manage", { locale, returnTo: localizedPath(locale, "/admin/users") });
  const t = getTranslator(locale, "adminUsers");
  const roles = getTranslator(locale, "adminRoles");
  const users = await listUsers();
  return (
    <>
      <AdminPageHeader title={t("title")} intro={t("intro")}>
        <Link href={localizedPath(locale, "/admin/users/new")} className={buttonClass("primary")}>
          {t("add")}
        </Link>
      </AdminPageHeader>
      <AdminTable label={getMessages(locale).adminTables.users}
        columns={[t("name"), t("email"), t("role"), t("status"), t("lastLogin")]}
        empty={t("empty")}
        isEmpty={users.length === 0}
      >
        {users.map((user) => (
          <tr key={user.id}>
            <AdminCell header>
              <Link
                href={localizedPath(locale, `/admin/users/${user.id}`)}
                className="text-brand-700 underline underline-offset-4"
              >
                {user.name}
              </Link>
            </AdminCell>
            <AdminCell className="break-all">{user.email}</AdminCell>
            <AdminCell>{roles(user.role)}</AdminCell>
            <AdminCell>
              <StatusBadge tone={user.disabledAt ? "danger" : "success"}>{user.disabledAt ? t("disabled") : t("active")}</StatusBadge>
            </AdminCell>
            <AdminCell className="whitespace-nowrap">
              {user.lastLoginAt ? formatDateTime(user.lastLoginAt) : t("never")}
            </AdminCell>
          </tr>
        ))}
      </AdminTable>
    </>
  );
}
