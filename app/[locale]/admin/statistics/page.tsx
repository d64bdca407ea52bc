import { notFound } from "next/navigation";
import { AdminPageHeader } from "@/components/admin/page-header";
import { adminPageMetadata } from "@/components/admin/page-metadata";
import { AutoRefresh } from "@/components/admin/statistics/auto-refresh";
import { DayChart } from "@/components/admin/statistics/day-chart";
import { ShareTable } from "@/components/admin/statistics/share-table";
import { requirePermission } from "@/lib/auth/guard";
import { isLocale, localizedPath, type Locale } from "@/lib/i18n/config";
import { formatCount } from "@/lib/i18n/numbers";
import { getTranslator } from "@/lib/i18n/translator";
import { getBackOfficeContext, getRegistrationStatistics } from "@/lib/registration/admin-queries";
import { formatDateTime } from "@/lib/time/format";

export const generateMetadata = adminPageMetadata("adminStatistics");

function Figure({ label, value, locale }: { label: string; value: number; locale: Locale }) {
  return (
    <div className="rounded-lg bg-white p-5 shadow-sm ring-1 ring-brand-100">
      <dt className="text-sm font-semibold text-muted">{label}</dt>
      <dd className="mt-1 text-4xl font-bold text-brand-900 tabular-nums">{formatCount(value, locale)}</dd>
    </div>
  );
}

export default async function StatisticsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  await requirePermission("registrations:read", { locale, returnTo: localizedPath(locale, "/admin/statistics") });
  const t = getTranslator(locale, "adminStatistics");
  const groups = getTranslator(locale, "delegateGroup");
  const context = await getBackOfficeContext("registrations:read");
  if (!context) return <AdminPageHeader title={t("title")} intro={t("noEdition")} />;
  const stats = await getRegistrationStatistics(context.edition.id);
  const largest = (counts: number[]) => Math.max(1, ...counts);
  const groupMax = largest(stats.groups.map((row) => row.count));
  const provinceMax = largest(stats.provinces.map((row) => row.count));
  return (
    <>
      <AutoRefresh seconds={15} />
      <AdminPageHeader title={t("title")} intro={t("intro", { edition: context.edition.name })} />
      <dl className="mb-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        <Figure locale={locale} label={t("active")} value={stats.totals.active} />
        <Figure locale={locale} label={t("checkedIn")} value={stats.totals.checkedIn} />
        <Figure locale={locale} label={t("pressCheckedIn")} value={stats.totals.pressCheckedIn} />
        <Figure locale={locale} label={t("cancelled")} value={stats.totals.cancelled} />
        <Figure locale={locale} label={t("erased")} value={stats.totals.erased} />
      </dl>
      <div className="grid gap-6">
        <ShareTable
          title={t("sessionsTitle")}
          columns={[t("session"), t("fill"), t("waitlisted"), t("checkIns"), t("pressCheckIns")]}
          empty={t("empty")}
          rows={stats.sessions.map((session) => ({
            key: session.id,
            label: (
              <>
                {session.title}
                <span className="block text-sm text-muted">{formatDateTime(session.startsAt)}</span>
              </>
            ),
            cells: [
              `${formatCount(session.confirmed, locale)} / ${session.capacity === null ? t("noCapacity") : formatCount(session.capacity, locale)}`,
              formatCount(session.waitlisted, locale),
              formatCount(session.checkedIn, locale),
              formatCount(session.pressCheckedIn, locale),
            ],
            share: session.capacity ? session.confirmed / session.capacity : 0,
          }))}
        />
        <DayChart locale={locale} days={stats.perDay} title={t("perDayTitle")} labels={{ day: t("day"), count: t("count") }} />
        <div className="grid gap-6 lg:grid-cols-2">
          <ShareTable
            title={t("groupsTitle")}
            columns={[t("group"), t("registrations")]}
            empty={t("empty")}
            rows={stats.groups.map((row) => ({ key: row.key, label: groups(row.key), cells: [formatCount(row.count, locale)], share: row.count / groupMax }))}
          />
          <ShareTable
            title={t("provincesTitle")}
            columns={[t("province"), t("registrations")]}
            empty={t("empty")}
            rows={stats.provinces.map((row) => ({ key: row.key, label: row.key || t("unknownProvince"), cells: [formatCount(row.count, locale)], share: row.count / provinceMax }))}
          />
        </div>
      </div>
    </>
  );
}
