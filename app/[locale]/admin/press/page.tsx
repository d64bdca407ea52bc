import { notFound } from "next/navigation";
import { ActionButtonForm } from "@/components/admin/action-button-form";
import { AdminCell, AdminTable } from "@/components/admin/admin-table";
import { AdminPageHeader } from "@/components/admin/page-header";
import { adminPageMetadata } from "@/components/admin/page-metadata";
import { PressExportLinks } from "@/components/admin/press/export-links";
import { requirePermission } from "@/lib/auth/guard";
import { isLocale, localizedPath } from "@/lib/i18n/config";
import { getMessages, getTranslator } from "@/lib/i18n/translator";
import { approveAccreditationAction, rejectAccreditationAction, revokeAccreditationAction } from "@/lib/press/admin-actions";
import { listAccreditationsForAdmin } from "@/lib/press/queries";
import { formatDateTime } from "@/lib/time/format";

export const generateMetadata = adminPageMetadata("adminPress");

export default async function AdminPressPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  await requirePermission("media:edit", { locale, returnTo: localizedPath(locale, "/admin/press") });
  const t = getTranslator(locale, "adminPress");
  const statuses = getMessages(locale).adminPress.statuses;
  const saving = getTranslator(locale, "adminForm")("saving");
  const listing = await listAccreditationsForAdmin();
  const accreditations = listing?.accreditations ?? [];
  return (
    <>
      <AdminPageHeader title={t("title")} intro={t("intro")} />
      {accreditations.length > 0 && <PressExportLinks locale={locale} />}
      <AdminTable
        columns={[t("journalist"), t("contact"), t("sessions"), t("status"), ""]}
        empty={listing ? t("empty") : t("noEdition")}
        isEmpty={accreditations.length === 0}
        minWidth="56rem"
      >
        {accreditations.map((entry) => (
          <tr key={entry.id}>
            <AdminCell header>
              {entry.fullName}
              <span className="block font-normal">{entry.outlet}</span>
              <span className="block text-sm font-normal text-muted">
                {t("card")}: {entry.cardNumber} · {formatDateTime(entry.createdAt)}
              </span>
            </AdminCell>
            <AdminCell className="break-all">
              {entry.email}
              <span className="block">{entry.phone}</span>
            </AdminCell>
            <AdminCell>{entry.sessions.map(({ session }) => session.title).join("; ") || "—"}</AdminCell>
            <AdminCell>
              {statuses[entry.status]}
              {entry.passCode && <span className="block font-mono text-sm">{entry.passCode}</span>}
            </AdminCell>
            <AdminCell>
              {entry.status === "PENDING" && (
                <div className="flex flex-wrap gap-2">
                  <ActionButtonForm
                    action={approveAccreditationAction}
                    locale={locale}
                    fields={{ id: entry.id }}
                    label={t("approve")}
                    pendingLabel={saving}
                    variant="primary"
                  />
                  <ActionButtonForm
                    action={rejectAccreditationAction}
                    locale={locale}
                    fields={{ id: entry.id }}
                    label={t("confirmReject")}
                    pendingLabel={saving}
                    variant="danger"
                    confirm={{ summary: t("reject"), prompt: t("rejectPrompt", { name: entry.fullName }) }}
                  />
                </div>
              )}
              {entry.status === "APPROVED" && (
                <ActionButtonForm
                  action={revokeAccreditationAction}
                  locale={locale}
                  fields={{ id: entry.id }}
                  label={t("confirmRevoke")}
                  pendingLabel={saving}
                  variant="danger"
                  confirm={{ summary: t("revoke"), prompt: t("revokePrompt", { name: entry.fullName }) }}
                />
              )}
            </AdminCell>
          </tr>
        ))}
      </AdminTable>
    </>
  );
}
