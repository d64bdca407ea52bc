import Link from "next/link";
import { notFound } from "next/navigation";
import { DoneBanner } from "@/components/admin/done-banner";
import { AdminPageHeader } from "@/components/admin/page-header";
import { adminPageMetadata } from "@/components/admin/page-metadata";
import { SessionFilterForm } from "@/components/admin/sessions/session-filter-form";
import { SessionTable } from "@/components/admin/sessions/session-table";
import { buttonClass } from "@/components/admin/styles";
import { listSessionsForAdmin, resolveAdminEdition } from "@/lib/agenda/admin-queries";
import { parseAdminSessionFilters } from "@/lib/agenda/schema";
import { requirePermission } from "@/lib/auth/guard";
import { isLocale, localizedPath } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";

export const generateMetadata = adminPageMetadata("adminSessions");

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function SessionsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const basePath = localizedPath(locale, "/admin/sessions");
  await requirePermission("agenda:edit", { locale, returnTo: basePath });
  const t = getTranslator(locale, "adminSessions");
  const query = await searchParams;
  const { editions, edition } = await resolveAdminEdition(typeof query.edition === "string" ? query.edition : undefined);
  if (!edition) return <AdminPageHeader title={t("title")} intro={t("noEdition")} />;
  const filters = parseAdminSessionFilters(query);
  const sessions = await listSessionsForAdmin(edition.id, filters);
  return (
    <>
      <AdminPageHeader title={t("title")} intro={t("intro")}>
        <Link href={localizedPath(locale, `/admin/sessions/new?edition=${edition.year}`)} className={buttonClass("primary")}>
          {t("add")}
        </Link>
      </AdminPageHeader>
      <DoneBanner message={query.done === "deleted" ? t("deleted") : null} />
      <SessionFilterForm locale={locale} action={basePath} editions={editions} values={{ edition: edition.year, ...filters }} />
      <p className="mb-3 text-sm font-semibold text-muted" aria-live="polite">
        {t("count", { count: sessions.length })}
      </p>
      <SessionTable locale={locale} sessions={sessions} />
    </>
  );
}
