import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminCell, AdminTable } from "@/components/admin/admin-table";
import { DoneBanner } from "@/components/admin/done-banner";
import { AdminPageHeader } from "@/components/admin/page-header";
import { adminPageMetadata } from "@/components/admin/page-metadata";
import { buttonClass } from "@/components/admin/styles";
import { FloorMap } from "@/components/exhibition/floor-map";
import { requirePermission } from "@/lib/auth/guard";
import { listBoothsForAdmin } from "@/lib/exhibition/admin-queries";
import { normalizeBoothCode } from "@/lib/exhibition/rules";
import { isLocale, localizedPath } from "@/lib/i18n/config";
import { getMessages, getTranslator } from "@/lib/i18n/translator";
import { StatusBadge } from "@/components/admin/status-badge";

export const generateMetadata = adminPageMetadata("adminBooths");

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ done?: string; code?: string }> };

export default async function AdminBoothsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const query = await searchParams;
  if (!isLocale(locale)) notFound();
  await requirePermission("booths:edit", { locale, returnTo: localizedPath(locale, "/admin/booths") });
  const t = getTranslator(locale, "adminBooths");
  const categories = getTranslator(locale, "boothCategory");
  const exhibition = await listBoothsForAdmin();
  return (
    <>
      <AdminPageHeader title={t("title")} intro={t("intro")}>
        <div className="flex flex-wrap gap-3">
          <Link href={localizedPath(locale, "/admin/booths/applications")} className={buttonClass("secondary")}>
            {t("applications")}
          </Link>
          <Link href={localizedPath(locale, "/admin/booths/new")} className={buttonClass("primary")}>
            {t("add")}
          </Link>
        </div>
      </AdminPageHeader>
      <DoneBanner
        message={query.done === "deleted" ? t("deleted", { code: normalizeBoothCode(query.code ?? "") ?? "" }) : null}
      />
      {!exhibition ? (
        <p className="text-muted">{t("noEdition")}</p>
      ) : (
        <div className="space-y-8">
          <div className="overflow-x-auto rounded-xl bg-white p-3 shadow-sm ring-1 ring-brand-100">
            <FloorMap
              locale={locale}
              plan={exhibition.plan}
              booths={exhibition.booths}
              id="admin-map"
              label={t("mapLabel")}
              hrefFor={(booth) => localizedPath(locale, `/admin/booths/${booth.id}`)}
            />
          </div>
          <AdminTable label={getMessages(locale).adminTables.booths}
            columns={[t("code"), t("exhibitorName"), t("category"), t("position"), t("status")]}
            empty={t("empty")}
            isEmpty={exhibition.booths.length === 0}
          >
            {exhibition.booths.map((booth) => (
              <tr key={booth.id}>
                <AdminCell header>
                  <Link
                    href={localizedPath(locale, `/admin/booths/${booth.id}`)}
                    className="text-brand-700 underline underline-offset-4"
                  >
                    {booth.code}
                  </Link>
                </AdminCell>
                <AdminCell>{booth.exhibitorName}</AdminCell>
                <AdminCell>{categories(booth.category)}</AdminCell>
                <AdminCell className="whitespace-nowrap">
                  {booth.x}, {booth.y} · {booth.width} × {booth.height}
                </AdminCell>
                <AdminCell>
                  <StatusBadge tone={booth.status === "PUBLISHED" ? "success" : "neutral"}>{booth.status === "PUBLISHED" ? t("published") : t("draft")}</StatusBadge>
                </AdminCell>
              </tr>
            ))}
          </AdminTable>
        </div>
      )}
    </>
  );
}
