import { notFound } from "next/navigation";
import { AdminPagination } from "@/components/admin/pagination";
import { AdminPageHeader } from "@/components/admin/page-header";
import { adminPageMetadata } from "@/components/admin/page-metadata";
import { AuditFilterForm } from "@/components/admin/audit/audit-filter-form";
import { AuditTable } from "@/components/admin/audit/audit-table";
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
      {ignored && (
        <p role="status" className="mb-4 rounded-md bg-gold-300/40 px-4 py-3 font-semibold text-ink">
          {t("invalidFilters")}
        </p>
      )}
      <AuditFilterForm locale={locale} action={basePath} filters={filters} options={options} />
      <p className="mt-6 mb-3 text-sm font-semibold text-muted" aria-live="polite">
        {t("total", { count: total })}
      </p>
      <AuditTable locale={locale} entries={entries} />
      <AdminPagination
        page={page}
        pages={pages}
        hrefOf={pageLink}
        labels={{ pagination: t("pagination"), previous: t("previous"), next: t("next"), page: t("page", { page, pages }) }}
      />
    </>
  );
}
