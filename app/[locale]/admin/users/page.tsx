import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminPageHeader } from "@/components/admin/page-header";
import { adminPageMetadata } from "@/components/admin/page-metadata";
import { buttonClass } from "@/components/admin/styles";
import { requirePermission } from "@/lib/auth/guard";
import { isLocale, localizedPath } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { formatDateTime } from "@/lib/time/format";
import { listUsers } from "@/lib/users/queries";

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
      {users.length === 0 ? (
        <p className="text-muted">{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-brand-100">
          <table className="w-full min-w-[40rem] text-left text-sm">
            <thead className="bg-brand-50 text-brand-900">
              <tr>
                <th scope="col" className="px-4 py-3 font-semibold">
                  {t("name")}
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  {t("email")}
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  {t("role")}
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  {t("status")}
                </th>
                <th scope="col" className="px-4 py-3 font-semibold">
                  {t("lastLogin")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-brand-100">
              {users.map((user) => (
                <tr key={user.id}>
                  <th scope="row" className="px-4 py-3 font-semibold">
                    <Link
                      href={localizedPath(locale, `/admin/users/${user.id}`)}
                      className="text-brand-700 underline underline-offset-4"
                    >
                      {user.name}
                    </Link>
                  </th>
                  <td className="px-4 py-3 break-all">{user.email}</td>
                  <td className="px-4 py-3">{roles(user.role)}</td>
                  <td className="px-4 py-3">
                    {user.disabledAt ? (
                      <span className="font-semibold text-accent-700">{t("disabled")}</span>
                    ) : (
                      <span className="text-emerald-800">{t("active")}</span>
                    )}
                  </td>
                  <td className="px-4 py-3 whitespace-nowrap">
                    {user.lastLoginAt ? formatDateTime(user.lastLoginAt) : t("never")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
