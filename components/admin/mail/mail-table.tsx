import type { Locale } from "@/lib/i18n/config";
import { getMessages, getTranslator } from "@/lib/i18n/translator";
import { retryMailAction } from "@/lib/mail/actions";
import type { OutboxListItem } from "@/lib/mail/queries";
import { formatDateTime } from "@/lib/time/format";
import { ActionButtonForm } from "../action-button-form";
import { AdminCell, AdminTable } from "../admin-table";
import { StatusBadge, type BadgeTone } from "../status-badge";

const STATUS_TONE: Record<OutboxListItem["status"], BadgeTone> = {
  QUEUED: "neutral",
  SENDING: "info",
  SENT: "success",
  FAILED: "danger",
  SKIPPED: "neutral",
};

/** The outbox, newest first: recipient, kind, subject and how the sending went; never the body. */
export function MailTable({ locale, messages }: { locale: Locale; messages: OutboxListItem[] }) {
  const t = getTranslator(locale, "adminMail");
  const { adminMailKinds: kinds, adminMailStatuses: statuses } = getMessages(locale);
  return (
    <AdminTable label={getMessages(locale).adminTables.mail}
      columns={[t("created"), t("recipient"), t("kind"), t("subject"), t("status"), t("attempts"), t("lastError"), t("actions")]}
      empty={t("empty")}
      isEmpty={messages.length === 0}
      minWidth="64rem"
    >
      {messages.map((message) => (
        <tr key={message.id}>
          <AdminCell className="whitespace-nowrap">{formatDateTime(message.createdAt)}</AdminCell>
          <AdminCell header className="break-all">
            {message.recipient}
          </AdminCell>
          <AdminCell>{kinds[message.kind as keyof typeof kinds] ?? message.kind}</AdminCell>
          <AdminCell>{message.subject ?? "—"}</AdminCell>
          <AdminCell className="whitespace-nowrap">
            <StatusBadge tone={STATUS_TONE[message.status]}>{statuses[message.status]}</StatusBadge>
            {message.sentAt && <span className="block text-xs text-muted">{formatDateTime(message.sentAt)}</span>}
            {message.status === "QUEUED" && message.attempts > 0 && (
              <span className="block text-xs text-muted">{t("nextAttempt", { time: formatDateTime(message.nextAttemptAt) })}</span>
            )}
          </AdminCell>
          <AdminCell>{message.attempts}</AdminCell>
          <AdminCell className="break-words">{message.lastError ?? "—"}</AdminCell>
          <AdminCell>
            {message.status === "FAILED" && (
              <ActionButtonForm action={retryMailAction} locale={locale} fields={{ id: message.id }} label={t("retry")} pendingLabel={t("retrying")} />
            )}
          </AdminCell>
        </tr>
      ))}
    </AdminTable>
  );
}
