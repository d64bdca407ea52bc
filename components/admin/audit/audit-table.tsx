import { auditChanges, type AuditChange } from "@/lib/audit/changes";
import type { Locale } from "@/lib/i18n/config";
import { getMessages, getTranslator } from "@/lib/i18n/translator";
import { formatDateTime } from "@/lib/time/format";
import { AdminCell, AdminTable } from "../admin-table";

type Entry = {
  id: bigint;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  ipAddress: string | null;
  createdAt: Date;
  user: { name: string; email: string } | null;
};

function ChangesTable({ changes, labels }: { changes: AuditChange[]; labels: [string, string, string] }) {
  return (
    <table className="mt-2 text-xs">
      <thead>
        <tr>
          {labels.map((label) => (
            <th key={label} scope="col" className="pr-3 font-semibold">
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.field}>
            <th scope="row" className="pr-3 font-mono font-normal">
              {change.field}
            </th>
            <td className="pr-3 break-all">{change.before}</td>
            <td className="break-all">{change.after}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function AuditTable({ locale, entries }: { locale: Locale; entries: Entry[] }) {
  const t = getTranslator(locale, "adminAudit");
  const messages = getMessages(locale);
  // Actions and record kinds of later screens may not have a label yet: their code is shown instead.
  const actionLabels: Record<string, Record<string, string> | undefined> = messages.adminAuditActions;
  const entityLabels: Record<string, string> = messages.adminEntities;
  const actionLabel = (action: string) => {
    const [entity = "", verb = ""] = action.split(".", 2);
    return actionLabels[entity]?.[verb] ?? action;
  };
  return (
    <AdminTable label={getMessages(locale).adminTables.audit}
      columns={[t("when"), t("who"), t("action"), t("entity"), t("changes"), t("ip")]}
      empty={t("empty")}
      isEmpty={entries.length === 0}
      minWidth="48rem"
    >
      {entries.map((entry) => {
        const changes = auditChanges(entry.before, entry.after);
        return (
          <tr key={entry.id.toString()}>
            <AdminCell className="whitespace-nowrap">{formatDateTime(entry.createdAt)}</AdminCell>
            <AdminCell>{entry.user ? entry.user.name : t("systemUser")}</AdminCell>
            <AdminCell className="font-semibold">{actionLabel(entry.action)}</AdminCell>
            <AdminCell>
              {entityLabels[entry.entityType] ?? entry.entityType}
              {entry.entityId && <span className="block font-mono text-xs break-all text-muted">{entry.entityId}</span>}
            </AdminCell>
            <AdminCell>
              {changes.length === 0 ? (
                t("noChanges")
              ) : (
                <details>
                  <summary className="cursor-pointer font-semibold text-brand-700">{t("showChanges")}</summary>
                  <ChangesTable changes={changes} labels={[t("field"), t("before"), t("after")]} />
                </details>
              )}
            </AdminCell>
            <AdminCell className="font-mono text-xs">{entry.ipAddress ?? ""}</AdminCell>
          </tr>
        );
      })}
    </AdminTable>
  );
}
