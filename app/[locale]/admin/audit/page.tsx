import { notFound } from "next/navigation";
import { AdminPageHeader } from "@/components/admin/page-header";
import { adminPageMetadata } from "@/components/admin/page-metadata";
import { AuditFilterForm } from "@/components/admin/audit/audit-filter-form";
import { AuditTable } from "@/components/admin/audit/audit-table";
import { FilteredAdminList } from "@/components/admin/filtered-list";
import { requirePermission } from "@/lib/auth/guard";
import { listAuditEntries, listAuditFilterOptions } from "@/lib/audit/queries";
import { auditQueryString, parseAuditFilters } from "@/lib/audit/schema";
import { isLocale, localizedPath } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";

export const generateMetadata = adminPageMetadata("adminAudit");

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function AuditPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const basePath = localizedPath(locale, "/admin/audit");
  await requirePermission("audit:read", { locale, returnTo: basePath });
  const t = getTranslator(locale, "adminAudit");
  const { filters, ignored } = parseAuditFilters(await searchParams);
  const [{ total, page, pages, entries }, options] = await Promise.all([listAuditEntries(filters), listAuditFilterOptions()]);
  const pageLink = (target: number) => `${basePath}${auditQueryString(filters, target)}`;
  return (
    <>
      <AdminPageHeader title={t("title")} intro={t("intro")} />
      <FilteredAdminList
        invalidFilters={ignored ? t("invalidFilters") : null}
        filterForm={<AuditFilterForm locale={locale} action={basePath} filters={filters} options={options} />}
        total={t("total", { count: total })}
        pagination={{ page, pages, hrefOf: pageLink, labels: { pagination: t("pagination"), previous: t("previous"), next: t("next"), page: t("page", { page, pages }) } }}
      >
        <AuditTable locale={locale} entries={entries} />
      </FilteredAdminList>
    </>
  );
}
