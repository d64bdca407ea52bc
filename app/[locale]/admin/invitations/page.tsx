import Link from "next/link";
import { notFound } from "next/navigation";
import { AdminCell, AdminTable } from "@/components/admin/admin-table";
import { AdminPageHeader } from "@/components/admin/page-header";
import { adminPageMetadata } from "@/components/admin/page-metadata";
import { buttonClass } from "@/components/admin/styles";
import { requirePermission } from "@/lib/auth/guard";
import { can } from "@/lib/auth/roles";
import { isLocale, localizedPath } from "@/lib/i18n/config";
import { getMessages, getTranslator } from "@/lib/i18n/translator";
import { listBatches, listSessionInvitationStats } from "@/lib/invitations/queries";
import { formatDate } from "@/lib/time/format";
import { StatusBadge } from "@/components/admin/status-badge";

export const generateMetadata = adminPageMetadata("adminInvitations");

export default async function InvitationBatchesPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const user = await requirePermission("invitations:track", { locale, returnTo: localizedPath(locale, "/admin/invitations") });
  const t = getTranslator(locale, "adminInvitations");
  const [batches, sessions] = await Promise.all([listBatches(), listSessionInvitationStats()]);
  return (
    <>
      <AdminPageHeader title={t("title")} intro={t("intro")}>
        {can(user.role, "invitations:draft") && (
          <Link href={localizedPath(locale, "/admin/invitations/new")} className={buttonClass("primary")}>
            {t("newBatch")}
          </Link>
        )}
      </AdminPageHeader>
      <AdminTable label={getMessages(locale).adminTables.batches} columns={[t("colSubject"), t("colSessions"), t("colStatus"), t("colInvitees"), t("colAnswers")]} empty={t("empty")} isEmpty={batches.length === 0}>
        {batches.map((batch) => (
          <tr key={batch.id}>
            <AdminCell header>
              <Link href={localizedPath(locale, `/admin/invitations/${batch.id}`)} className="text-brand-700 underline underline-offset-4">
                {batch.subject}
              </Link>
            </AdminCell>
            <AdminCell>
              <ul>
                {batch.sessions.map((session) => (
                  <li key={session.title}>{`${formatDate(session.startsAt)} · ${session.title}`}</li>
                ))}
              </ul>
            </AdminCell>
            <AdminCell>
              <StatusBadge tone={batch.status === "ISSUED" ? "success" : batch.status === "RETURNED" ? "danger" : "neutral"}>{t(`status${batch.status}`)}</StatusBadge>
            </AdminCell>
            <AdminCell>{batch._count.invitees}</AdminCell>
            <AdminCell>{batch.status === "ISSUED" ? `${batch.answers.accepted} / ${batch.answers.declined} / ${batch.answers.pending}` : "–"}</AdminCell>
          </tr>
        ))}
      </AdminTable>
      {sessions.length > 0 && (
        <section aria-labelledby="per-session" className="mt-10">
          <h2 id="per-session" className="mb-4 text-lg font-bold text-brand-900">
            {t("sessionStatsTitle")}
          </h2>
          <AdminTable label={getMessages(locale).adminTables.invitationsPerSession}
            columns={[t("colSessions"), t("statIssued"), t("statSent"), t("statOpened"), t("statAccepted"), t("statDeclined"), t("statPending")]}
            empty=""
            isEmpty={false}
          >
            {sessions.map((session) => (
              <tr key={session.id}>
                <AdminCell header>
                  {session.title}
                  <span className="block font-normal text-muted">
                    {`${formatDate(session.startsAt)} · ${t("invitedQuota", { taken: session.invitedSeatsTaken, capacity: session.invitedCapacity })}`}
                  </span>
                </AdminCell>
                {([session.issued, session.sent, session.opened, session.accepted, session.declined, session.pending] as const).map((count, index) => (
                  <AdminCell key={index}>{count}</AdminCell>
                ))}
              </tr>
            ))}
          </AdminTable>
        </section>
      )}
    </>
  );
}
