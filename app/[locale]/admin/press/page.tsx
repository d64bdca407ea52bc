import { notFound } from "next/navigation";
import { ActionButtonForm } from "@/components/admin/action-button-form";
import { AdminCell, AdminTable } from "@/components/admin/admin-table";
import { AdminPageHeader } from "@/components/admin/page-header";
import { adminPageMetadata } from "@/components/admin/page-metadata";
import { TextField } from "@/components/admin/form-controls";
import { PressExportLinks } from "@/components/admin/press/export-links";
import { buttonClass } from "@/components/admin/styles";
import { requirePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { isLocale, localizedPath } from "@/lib/i18n/config";
import { getMessages, getTranslator } from "@/lib/i18n/translator";
import { approveAccreditationAction, rejectAccreditationAction, revokeAccreditationAction } from "@/lib/press/admin-actions";
import { eraseAccreditationAction } from "@/lib/privacy/actions";
import { listAccreditationsForAdmin } from "@/lib/press/queries";
import { matchesPressSearch, pressDuplicates } from "@/lib/press/rules";
import { formatDateTime } from "@/lib/time/format";
import { StatusBadge } from "@/components/admin/status-badge";

export const generateMetadata = adminPageMetadata("adminPress");

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminPressPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const user = await requirePermission("press:review", { locale, returnTo: localizedPath(locale, "/admin/press") });
  // A subject access request is answered by those who keep the record of processing.
  const canDownloadPerson = can(user.role, "privacy:manage");
  const t = getTranslator(locale, "adminPress");
  const statuses = getMessages(locale).adminPress.statuses;
  const saving = getTranslator(locale, "adminForm")("saving");
  const erasure = getTranslator(locale, "adminErasure");
  const listing = await listAccreditationsForAdmin();
  const all = listing?.accreditations ?? [];
  const raw = (await searchParams).q;
  const query = (Array.isArray(raw) ? raw[0] : raw)?.trim().slice(0, 100) ?? "";
  const duplicates = pressDuplicates(all);
  const accreditations = query ? all.filter((entry) => matchesPressSearch(entry, query)) : all;
  return (
    <>
      <AdminPageHeader title={t("title")} intro={t("intro")} />
      {all.length > 0 && <PressExportLinks locale={locale} />}
      <form role="search" action={localizedPath(locale, "/admin/press")} className="mb-4 flex flex-wrap items-end gap-3">
        <TextField name="q" type="search" label={t("search")} hint={t("searchHint")} defaultValue={query} />
        <button type="submit" className={buttonClass("primary")}>
          {t("searchSubmit")}
        </button>
      </form>
      {duplicates.size > 0 && (
        <p className="mb-4 rounded-md border-l-4 border-accent-600 bg-accent-100 px-4 py-3 font-semibold text-accent-700">
          {t("duplicatesSummary", { count: duplicates.size })}
        </p>
      )}
      <AdminTable label={getMessages(locale).adminTables.press}
        columns={[t("journalist"), t("contact"), t("sessions"), t("status"), ""]}
        empty={listing ? (query ? t("noMatch") : t("empty")) : t("noEdition")}
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
              {duplicates.has(entry.id) && (
                <span className="mt-1 inline-block rounded bg-accent-100 px-2 py-0.5 text-xs font-semibold text-accent-700">
                  {t("duplicate", { count: duplicates.get(entry.id)! })}
                </span>
              )}
            </AdminCell>
            <AdminCell className="break-all">
              {entry.email}
              <span className="block">{entry.phone}</span>
            </AdminCell>
            <AdminCell>{entry.sessions.map(({ session }) => session.title).join("; ") || "—"}</AdminCell>
            <AdminCell>
              <StatusBadge tone={entry.status === "APPROVED" ? "success" : entry.status === "PENDING" ? "warning" : "danger"}>{statuses[entry.status]}</StatusBadge>
              {entry.passCode && <span className="block font-mono text-sm whitespace-nowrap">{entry.passCode}</span>}
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
              {!entry.anonymizedAt && canDownloadPerson && (
                <a href={localizedPath(locale, `/admin/press/${entry.id}/data`)} className="font-semibold text-brand-700 underline underline-offset-4" download>
                  {erasure("download")}
                </a>
              )}
              {!entry.anonymizedAt && (
                <ActionButtonForm
                  action={eraseAccreditationAction}
                  locale={locale}
                  fields={{ id: entry.id }}
                  label={erasure("confirm")}
                  pendingLabel={saving}
                  variant="danger"
                  confirm={{ summary: erasure("erase"), prompt: erasure("prompt", { name: entry.fullName }) }}
                  showSuccess
                />
              )}
            </AdminCell>
          </tr>
        ))}
      </AdminTable>
    </>
  );
}
