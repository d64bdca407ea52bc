import { notFound } from "next/navigation";
import { AdminPageHeader } from "@/components/admin/page-header";
import { adminPageMetadata } from "@/components/admin/page-metadata";
import { AdminPagination } from "@/components/admin/pagination";
import { ExportLinks } from "@/components/admin/registrations/export-links";
import { RegistrationFilterForm } from "@/components/admin/registrations/registration-filter-form";
import { RegistrationTable } from "@/components/admin/registrations/registration-table";
import { requirePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { isLocale, localizedPath } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { parseRegistrationFilters, registrationQueryString } from "@/lib/registration/admin-filters";
import { getBackOfficeContext, listRegistrations } from "@/lib/registration/admin-queries";

export const generateMetadata = adminPageMetadata("adminRegistrations");

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function RegistrationsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const basePath = localizedPath(locale, "/admin/registrations");
  const user = await requirePermission("registrations:read", { locale, returnTo: basePath });
  const t = getTranslator(locale, "adminRegistrations");
  const context = await getBackOfficeContext("registrations:read");
  if (!context) return <AdminPageHeader title={t("title")} intro={t("noEdition")} />;
  const { filters, ignored } = parseRegistrationFilters(await searchParams);
  const { total, page, pages, rows } = await listRegistrations(context.edition.id, filters);
  return (
    <>
      <AdminPageHeader title={t("title")} intro={t("intro", { edition: context.edition.name })} />
      {ignored && (
        <p role="status" className="mb-4 rounded-md bg-gold-300/40 px-4 py-3 font-semibold text-ink">
          {t("invalidFilters")}
        </p>
      )}
      <RegistrationFilterForm locale={locale} action={basePath} filters={filters} sessions={context.sessions} />
      {can(user.role, "registrations:export") && <ExportLinks locale={locale} filters={filters} />}
      <p className="mt-6 mb-3 text-sm font-semibold text-muted" aria-live="polite">
        {t("total", { count: total })}
      </p>
      <RegistrationTable locale={locale} rows={rows} />
      <AdminPagination
        page={page}
        pages={pages}
        hrefOf={(target) => `${basePath}${registrationQueryString(filters, target)}`}
        labels={{
          pagination: t("pagination"),
          previous: t("previous"),
          next: t("next"),
          page: t("page", { page, pages }),
          first: t("first"),
          last: t("last"),
          pageNumber: (number) => t("pageNumber", { page: number }),
        }}
      />
    </>
  );
}
