import { notFound } from "next/navigation";
import { AdminPageHeader } from "@/components/admin/page-header";
import { adminPageMetadata } from "@/components/admin/page-metadata";
import { FilteredAdminList } from "@/components/admin/filtered-list";
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
      <FilteredAdminList
        invalidFilters={ignored ? t("invalidFilters") : null}
        filterForm={<RegistrationFilterForm locale={locale} action={basePath} filters={filters} sessions={context.sessions} />}
        tools={can(user.role, "registrations:export") && <ExportLinks locale={locale} filters={filters} />}
        total={t("total", { count: total })}
        pagination={{
          page,
          pages,
          hrefOf: (target) => `${basePath}${registrationQueryString(filters, target)}`,
          labels: {
            pagination: t("pagination"),
            previous: t("previous"),
            next: t("next"),
            page: t("page", { page, pages }),
            first: t("first"),
            last: t("last"),
            pageNumber: (number) => t("pageNumber", { page: number }),
          },
        }}
      >
        <RegistrationTable locale={locale} rows={rows} />
      </FilteredAdminList>
    </>
  );
}
