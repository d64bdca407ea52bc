import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminCell, AdminTable } from "@/components/admin/admin-table";
import { AdminPageHeader } from "@/components/admin/page-header";
import { adminPageMetadata } from "@/components/admin/page-metadata";
import { requirePermission } from "@/lib/auth/guard";
import { listApplicationsForAdmin } from "@/lib/exhibition/admin-queries";
import { isLocale, localizedPath } from "@/lib/i18n/config";
import { getMessages, getTranslator } from "@/lib/i18n/translator";
import { formatDateTime } from "@/lib/time/format";
import { StatusBadge } from "@/components/admin/status-badge";

export const generateMetadata = adminPageMetadata("adminApplications");

export default async function ApplicationsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  await requirePermission("booths:edit", { locale, returnTo: localizedPath(locale, "/admin/booths/applications") });
  const t = getTranslator(locale, "adminApplications");
  const statuses = getMessages(locale).adminApplications.statuses;
  const categories = getTranslator(locale, "boothCategory");
  const listing = await listApplicationsForAdmin();
  const applications = listing?.applications ?? [];
  return (
    <>
      <AdminPageHeader
        title={t("title")}
        intro={t("intro")}
        back={{ href: localizedPath(locale, "/admin/booths"), label: getTranslator(locale, "adminBooths")("back") }}
      />
      <AdminTable label={getMessages(locale).adminTables.applications}
        columns={[t("organization"), t("category"), t("received"), t("status"), t("booth")]}
        empty={t("empty")}
        isEmpty={applications.length === 0}
      >
        {applications.map((application) => (
          <tr key={application.id}>
            <AdminCell header>
              <Link
                href={localizedPath(locale, `/admin/booths/applications/${application.id}`)}
                className="text-brand-700 underline underline-offset-4"
              >
                {application.organizationName}
              </Link>
            </AdminCell>
            <AdminCell>{categories(application.category)}</AdminCell>
            <AdminCell className="whitespace-nowrap">{formatDateTime(application.createdAt)}</AdminCell>
            <AdminCell>
              <StatusBadge tone={application.status === "ACCEPTED" ? "success" : application.status === "DECLINED" ? "danger" : "neutral"}>{statuses[application.status]}</StatusBadge>
            </AdminCell>
            <AdminCell>{application.booth?.code ?? "—"}</AdminCell>
          </tr>
        ))}
      </AdminTable>
    </>
  );
}
