import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminCell, AdminTable } from "@/components/admin/admin-table";
import { DoneBanner } from "@/components/admin/done-banner";
import { EditionActions } from "@/components/admin/editions/edition-actions";
import { AdminPageHeader } from "@/components/admin/page-header";
import { adminPageMetadata } from "@/components/admin/page-metadata";
import { buttonClass } from "@/components/admin/styles";
import { requirePermission } from "@/lib/auth/guard";
import { listEditionsForAdmin } from "@/lib/editions/admin-queries";
import { isLocale, localizedPath } from "@/lib/i18n/config";
import { getMessages, getTranslator } from "@/lib/i18n/translator";
import { formatCalendarRange } from "@/lib/time/format";

export const generateMetadata = adminPageMetadata("adminEditions");

const DONE = ["created", "updated", "copied", "published", "archived", "madeCurrent", "deleted"] as const;

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function EditionsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  await requirePermission("editions:edit", { locale, returnTo: localizedPath(locale, "/admin/editions") });
  const t = getTranslator(locale, "adminEditions");
  const [editions, { done }] = await Promise.all([listEditionsForAdmin(), searchParams]);
  return (
    <>
      <AdminPageHeader title={t("title")} intro={t("intro")}>
        <div className="flex flex-wrap gap-3">
          <Link href={localizedPath(locale, "/admin/editions/copy")} className={buttonClass("primary")}>
            {t("copy")}
          </Link>
          <Link href={localizedPath(locale, "/admin/editions/new")} className={buttonClass("secondary")}>
            {t("add")}
          </Link>
        </div>
      </AdminPageHeader>
      <DoneBanner message={DONE.includes(done as (typeof DONE)[number]) ? t(done as (typeof DONE)[number]) : null} />
      <AdminTable label={getMessages(locale).adminTables.editions}
        columns={[t("colYear"), t("colName"), t("colDates"), t("colSessions"), t("colStatus"), t("colActions")]}
        empty={t("empty")}
        isEmpty={editions.length === 0}
        minWidth="60rem"
      >
        {editions.map((edition) => (
          <tr key={edition.id}>
            <AdminCell header>{edition.year}</AdminCell>
            <AdminCell>{edition.name}</AdminCell>
            <AdminCell className="whitespace-nowrap">{formatCalendarRange(edition.startsOn, edition.endsOn)}</AdminCell>
            <AdminCell>
              <Link href={localizedPath(locale, `/admin/sessions?edition=${edition.year}`)} className="text-brand-700 underline underline-offset-4">
                {edition._count.sessions}
              </Link>
            </AdminCell>
            <AdminCell>
              {t(`status${edition.status}`)}
              {edition.isCurrent && <span className="ml-2 rounded bg-emerald-50 px-2 py-0.5 text-xs font-semibold text-emerald-800">{t("current")}</span>}
            </AdminCell>
            <AdminCell>
              <div className="flex flex-wrap items-start gap-2">
                <Link
                  href={localizedPath(locale, `/admin/editions/${edition.year}/edit`)}
                  className={buttonClass("secondary")}
                  aria-label={t("editNamed", { year: edition.year })}
                >
                  {t("edit")}
                </Link>
                <EditionActions locale={locale} edition={edition} />
              </div>
            </AdminCell>
          </tr>
        ))}
      </AdminTable>
    </>
  );
}
