import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/admin/invitations/action-form";
import { BatchForm } from "@/components/admin/invitations/batch-form";
import { CorrectionForm } from "@/components/admin/invitations/correction-form";
import { ImportForm } from "@/components/admin/invitations/import-form";
import { InviteeForm } from "@/components/admin/invitations/invitee-form";
import { InviteeTable } from "@/components/admin/invitations/invitee-table";
import { IssuedSection } from "@/components/admin/invitations/issued-section";
import { LetterText } from "@/components/admin/invitations/letter-text";
import { sessionChoices } from "@/components/admin/invitations/session-choices";
import { AdminPageHeader } from "@/components/admin/page-header";
import { AdminPanel } from "@/components/admin/panel";
import { buttonClass } from "@/components/admin/styles";
import { requirePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { isLocale, localizedPath } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { issueBatchAction, proposeBatchAction, returnBatchAction } from "@/lib/invitations/actions";
import { IMPORT_LIMITS } from "@/lib/invitations/import";
import { batchProgress, findBatch, listInvitableSessions, listInvitations, RESPONSE_FILTERS, type ResponseFilter } from "@/lib/invitations/queries";
import { isAwaitingDecision, isEditable, issueTiming, registerYear } from "@/lib/invitations/rules";
import { formatDate, formatDateTime } from "@/lib/time/format";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: getTranslator(isLocale(locale) ? locale : "vi", "adminInvitations")("draftTitle") };
}

export default async function InvitationBatchPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  if (!isLocale(locale)) notFound();
  const user = await requirePermission("invitations:track", { locale, returnTo: localizedPath(locale, `/admin/invitations/${id}`) });
  if (!UUID.test(id)) notFound();
  const batch = await findBatch(id);
  if (!batch) notFound();
  const t = getTranslator(locale, "adminInvitations");
  const canDraft = can(user.role, "invitations:draft");
  const canIssue = can(user.role, "invitations:issue");
  const editable = canDraft && isEditable(batch.status);
  const query = await searchParams;
  const filter = RESPONSE_FILTERS.find((value) => value === query.response) ?? null;
  const now = new Date();
  const timing = batch.status === "ISSUED" ? ({ kind: "ok" } as const) : issueTiming(batch.sessions, now);
  return (
    <>
      <AdminPageHeader
        title={batch.subject}
        intro={t(`status${batch.status}`)}
        back={{ href: localizedPath(locale, "/admin/invitations"), label: t("backToList") }}
      >
        <a href={localizedPath(locale, `/admin/invitations/${batch.id}/preview`)} className={buttonClass("secondary")}>
          {t("preview")}
        </a>
      </AdminPageHeader>
      <div className="space-y-6">
        {batch.status === "RETURNED" && batch.returnComment && (
          <p role="status" className="rounded-md border-l-4 border-accent-600 bg-accent-100 px-4 py-3 font-semibold text-accent-700">
            {t("returnedNotice", { comment: batch.returnComment })}
          </p>
        )}
        {timing.kind !== "ok" && (
          <p role={timing.kind === "ended" ? "alert" : "status"} className="rounded-md border-l-4 border-accent-600 bg-accent-100 px-4 py-3 font-semibold text-accent-700">
            {t(timing.kind === "ended" ? "timingEnded" : "timingStarted", { sessions: timing.sessions.join("; "), date: formatDate(now) })}
          </p>
        )}
        {batch.correctedAt && (
          <p role="status" className="rounded-md border-l-4 border-brand-600 bg-brand-50 px-4 py-3 font-semibold text-brand-900">
            {t("correctedNotice", { date: formatDateTime(batch.correctedAt) })}
            {batch.correctionNote && <span className="block font-normal">{t("correctedNoteLine", { note: batch.correctionNote })}</span>}
          </p>
        )}
        {editable && <DraftPanels locale={locale} batch={batch} />}
        {!editable && (
          <AdminPanel title={t("letterTitle")}>
            <LetterText locale={locale} letter={batch} />
          </AdminPanel>
        )}
        {isAwaitingDecision(batch.status) && canIssue && (
          <AdminPanel title={t("reviewTitle")}>
            <p className="mb-4">{t("reviewIntro", { symbol: batch.register.symbol, year: registerYear(new Date()) })}</p>
            <div className="flex flex-wrap items-start gap-6">
              {timing.kind !== "ended" && (
                <ActionForm
                  locale={locale}
                  action={issueBatchAction}
                  hidden={{ batchId: batch.id }}
                  submitLabel={t("issue", { count: batch.invitees.length })}
                  pendingLabel={t("issuing")}
                  confirm={{ summary: t("issue", { count: batch.invitees.length }), prompt: t("issueConfirm") }}
                />
              )}
              <ActionForm
                locale={locale}
                action={returnBatchAction}
                hidden={{ batchId: batch.id }}
                submitLabel={t("returnSubmit")}
                pendingLabel={t("saving")}
                variant="secondary"
                confirm={{ summary: t("returnTitle"), prompt: t("returnTitle") }}
                textField={{ name: "comment", label: t("comment") }}
              />
            </div>
          </AdminPanel>
        )}
        {isAwaitingDecision(batch.status) && canIssue && (
          <AdminPanel title={t("correctTitle")}>
            <CorrectionForm locale={locale} batchId={batch.id} texts={batch} />
          </AdminPanel>
        )}
        {batch.status === "ISSUED" ? (
          <IssuedSection
            locale={locale}
            batchId={batch.id}
            progress={await batchProgress(batch.id)}
            invitations={await listInvitations(batch.id, filter as ResponseFilter | null)}
            filter={filter}
            canIssue={canIssue}
          />
        ) : (
          <AdminPanel title={t("inviteesTitle", { count: batch.invitees.length })}>
            {!editable && <p className="mb-4 text-muted">{t("lockedNotice")}</p>}
            <InviteeTable locale={locale} batch={batch} canRemove={editable} />
          </AdminPanel>
        )}
      </div>
    </>
  );
}

async function DraftPanels({ locale, batch }: { locale: "vi" | "en"; batch: NonNullable<Awaited<ReturnType<typeof findBatch>>> }) {
  const t = getTranslator(locale, "adminInvitations");
  const sessions = await listInvitableSessions();
  const draft = {
    sessionIds: batch.sessions.map((session) => session.id),
    subject: batch.subject,
    body: batch.body,
    signerAuthority: batch.signerAuthority,
    signerDeputy: batch.signerDeputy ?? "",
    signerTitle: batch.signerTitle,
    signerName: batch.signerName,
    recipientsNote: batch.recipientsNote,
  };
  return (
    <>
      <AdminPanel title={t("draftTitle")}>
        <BatchForm locale={locale} sessions={sessionChoices(locale, sessions)} draft={draft} batchId={batch.id} />
      </AdminPanel>
      <AdminPanel title={t("addInvitee")}>
        <InviteeForm locale={locale} batchId={batch.id} />
      </AdminPanel>
      <AdminPanel title={t("importTitle")}>
        <ImportForm locale={locale} batchId={batch.id} maxRows={IMPORT_LIMITS.rows} />
      </AdminPanel>
      <AdminPanel title={t("propose")}>
        <ActionForm
          locale={locale}
          action={proposeBatchAction}
          hidden={{ batchId: batch.id }}
          submitLabel={t("propose")}
          pendingLabel={t("saving")}
          confirm={{ summary: t("propose"), prompt: t("proposeConfirm") }}
        />
      </AdminPanel>
    </>
  );
}
