import { notFound } from "next/navigation";
import { MailFilterForm } from "@/components/admin/mail/mail-filter-form";
import { MailTable } from "@/components/admin/mail/mail-table";
import { AdminPageHeader } from "@/components/admin/page-header";
import { adminPageMetadata } from "@/components/admin/page-metadata";
import { FilteredAdminList } from "@/components/admin/filtered-list";
import { requirePermission } from "@/lib/auth/guard";
import { isLocale, localizedPath } from "@/lib/i18n/config";
import { getMessages, getTranslator } from "@/lib/i18n/translator";
import { MAIL_STATUSES } from "@/lib/mail/kinds";
import { countOutboxByStatus, listOutboxMessages } from "@/lib/mail/queries";
import { mailQueryString, parseMailFilters } from "@/lib/mail/schema";

export const generateMetadata = adminPageMetadata("adminMail");

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function MailPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const basePath = localizedPath(locale, "/admin/mail");
  await requirePermission("mail:manage", { locale, returnTo: basePath });
  const t = getTranslator(locale, "adminMail");
  const statuses = getMessages(locale).adminMailStatuses;
  const { filters, ignored } = parseMailFilters(await searchParams);
  const [{ total, page, pages, messages }, counts] = await Promise.all([listOutboxMessages(filters), countOutboxByStatus()]);
  const pageLink = (target: number) => `${basePath}${mailQueryString(filters, target)}`;
  return (
    <>
      <AdminPageHeader title={t("title")} intro={t("intro")} />
      <ul aria-label={t("counts")} className="mb-6 flex flex-wrap gap-3">
        {MAIL_STATUSES.map((status) => (
          <li key={status}>
            <a
              href={`${basePath}${mailQueryString({ status }, 1)}`}
              className="inline-block rounded-md bg-white px-4 py-2 text-sm shadow-sm ring-1 ring-brand-100 hover:bg-brand-50"
            >
              <span className="font-semibold">{statuses[status]}</span>: {counts[status]}
            </a>
          </li>
        ))}
      </ul>
      <FilteredAdminList
        invalidFilters={ignored ? t("invalidFilters") : null}
        filterForm={<MailFilterForm locale={locale} action={basePath} filters={filters} />}
        total={t("total", { count: total })}
        pagination={{ page, pages, hrefOf: pageLink, labels: { pagination: t("pagination"), previous: t("previous"), next: t("next"), page: t("page", { page, pages }) } }}
      >
        <MailTable locale={locale} messages={messages} />
      </FilteredAdminList>
    </>
  );
}
