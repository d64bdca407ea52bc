import type { Locale } from "@/lib/i18n/config";
import { localizedPath } from "@/lib/i18n/config";
import { getMessages, getTranslator } from "@/lib/i18n/translator";
import { reinviteAction, remindAction, retryDeliveryAction, revokeInvitationAction } from "@/lib/invitations/actions";
import { BATCH_DOWNLOADS, type BatchDownload } from "@/lib/invitations/downloads-queries";
import type { BatchProgress, ResponseFilter } from "@/lib/invitations/queries";
import { RESPONSE_FILTERS, type listInvitations } from "@/lib/invitations/queries";
import { addressee, documentNumber } from "@/lib/invitations/rules";
import { formatDateTime } from "@/lib/time/format";
import { AdminCell, AdminTable } from "../admin-table";
import { AdminPanel } from "../panel";
import { buttonClass, inputClass } from "../styles";
import { ActionForm } from "./action-form";
import { RefreshWhileRunning } from "./delivery-progress";

const DOWNLOAD_LABELS = { "invitations.zip": "downloadZip", "print.pdf": "downloadCombined", "answers.csv": "exportCsv" } as const satisfies Record<BatchDownload, string>;

type Invitation = Awaited<ReturnType<typeof listInvitations>>[number];
type Props = {
  locale: Locale;
  batchId: string;
  progress: BatchProgress;
  invitations: Invitation[];
  filter: ResponseFilter | null;
  canIssue: boolean;
};

/** After issue: progress of the PDFs and e-mails, the answers, and every invitation with its actions. */
export function IssuedSection({ locale, batchId, progress, invitations, filter, canIssue }: Props) {
  const t = getTranslator(locale, "adminInvitations");
  // The queue's flag lives in the server process that runs it, which may not be the one rendering this
  // page: the rows themselves say whether PDFs or e-mails are still outstanding.
  const working = progress.running || progress.rendered < progress.total || progress.sent + progress.failed < progress.withEmail;
  const stats = [
    [t("statIssued"), progress.total],
    [t("statSent"), progress.sent],
    [t("statOpened"), progress.opened],
    [t("statAccepted"), progress.accepted],
    [t("statDeclined"), progress.declined],
    [t("statPending"), progress.pending],
    [t("statRevoked"), progress.revoked],
  ] as const;
  const base = localizedPath(locale, `/admin/invitations/${batchId}`);
  return (
    <div className="space-y-6">
      <AdminPanel title={t("progressTitle")}>
        <RefreshWhileRunning running={working} />
        <p role="status" aria-live="polite" className="font-semibold">
          {t("progress", { rendered: progress.rendered, total: progress.total, sent: progress.sent, withEmail: progress.withEmail, failed: progress.failed })}
        </p>
        <progress className="mt-2 w-full" max={Math.max(progress.total + progress.withEmail, 1)} value={progress.rendered + progress.sent} />
        {working && <p className="mt-2 text-sm text-muted">{t("progressRunning")}</p>}
        {canIssue && (
          <div className="mt-4 flex flex-wrap gap-4">
            {progress.sent < progress.withEmail && (
              <ActionForm locale={locale} action={retryDeliveryAction} hidden={{ batchId }} submitLabel={t("retry")} pendingLabel={t("saving")} variant="secondary" />
            )}
            {progress.pending > 0 && (
              <ActionForm locale={locale} action={remindAction} hidden={{ batchId }} submitLabel={t("remind", { count: progress.pending })} pendingLabel={t("saving")} variant="secondary" />
            )}
          </div>
        )}
      </AdminPanel>
      <AdminPanel title={t("statsTitle")}>
        <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4 lg:grid-cols-7">
          {stats.map(([label, value]) => (
            <div key={label}>
              <dt className="text-sm text-muted">{label}</dt>
              <dd className="text-2xl font-bold text-brand-900">{value}</dd>
            </div>
          ))}
        </dl>
      </AdminPanel>
      <section aria-labelledby="issued-title" className="space-y-4">
        <h2 id="issued-title" className="text-lg font-bold text-brand-900">
          {t("invitationsTitle")}
        </h2>
        <p className="flex flex-wrap gap-x-6 gap-y-2">
          {BATCH_DOWNLOADS.map((file) => (
            <a key={file} href={`${base}/download/${file}`} className="font-semibold text-brand-700 underline underline-offset-4">
              {t(DOWNLOAD_LABELS[file])}
            </a>
          ))}
        </p>
        <form method="get" action={base} className="flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="response-filter" className="block text-sm font-semibold text-brand-900">
              {t("filterLabel")}
            </label>
            <select id="response-filter" name="response" defaultValue={filter ?? ""} className={inputClass}>
              <option value="">{t("filterAll")}</option>
              {RESPONSE_FILTERS.map((value) => (
                <option key={value} value={value}>
                  {value === "REVOKED" ? t("statRevoked") : t(`response${value}`, { name: "…" })}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={buttonClass("secondary")}>
            {t("filterApply")}
          </button>
        </form>
        <AdminTable label={getMessages(locale).adminTables.issued}
          columns={[t("colNumber"), t("colInvitee"), t("colDelivery"), t("colResponse"), t("colActions")]}
          empty={t("empty")}
          isEmpty={invitations.length === 0}
          minWidth="56rem"
        >
          {invitations.map((invitation) => (
            <InvitationRow key={invitation.id} locale={locale} batchId={batchId} invitation={invitation} canIssue={canIssue} />
          ))}
        </AdminTable>
      </section>
    </div>
  );
}

function InvitationRow({ locale, batchId, invitation, canIssue }: { locale: Locale; batchId: string; invitation: Invitation; canIssue: boolean }) {
  const t = getTranslator(locale, "adminInvitations");
  const number = documentNumber(invitation.number, invitation.symbol);
  const revoked = invitation.status === "REVOKED";
  return (
    <tr>
      <AdminCell className="whitespace-nowrap">
        <a href={localizedPath(locale, `/admin/invitations/${batchId}/pdf/${invitation.id}`)} className="text-brand-700 underline underline-offset-4" aria-label={t("downloadPdf", { number })}>
          {number}
        </a>
      </AdminCell>
      <AdminCell header>
        {addressee(invitation.invitee)}
        <span className="block font-normal text-muted">{[invitation.invitee.position, invitation.invitee.organization].filter(Boolean).join(", ")}</span>
      </AdminCell>
      <AdminCell>
        {invitation.invitee.email ? t(`delivery${invitation.deliveryStatus}`) : t("noEmail")}
        {invitation.deliveryError && <span className="block text-sm text-accent-700">{invitation.deliveryError}</span>}
        {invitation.openedAt && <span className="block text-sm text-muted">{`${t("opened")} ${formatDateTime(invitation.openedAt)}`}</span>}
      </AdminCell>
      <AdminCell>
        {revoked
          ? t("revokedNote", { date: invitation.revokedAt ? formatDateTime(invitation.revokedAt) : "", reason: invitation.revokeReason ?? "" })
          : t(`response${invitation.response}`, { name: invitation.substituteName ?? "" })}
      </AdminCell>
      <AdminCell>
        {canIssue && !revoked && (
          <ActionForm
            locale={locale}
            action={revokeInvitationAction}
            hidden={{ batchId, invitationId: invitation.id }}
            submitLabel={t("revokeSubmit")}
            pendingLabel={t("saving")}
            variant="danger"
            confirm={{ summary: t("revoke"), prompt: t("revokeConfirm", { number }) }}
            textField={{ name: "reason", label: t("reason") }}
          />
        )}
        {canIssue && revoked && (
          <ActionForm locale={locale} action={reinviteAction} hidden={{ batchId, invitationId: invitation.id }} submitLabel={t("reinvite")} pendingLabel={t("saving")} variant="secondary" />
        )}
      </AdminCell>
    </tr>
  );
}
