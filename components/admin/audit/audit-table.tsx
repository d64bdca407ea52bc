import { auditChanges } from "@/lib/audit/changes";
import type { Locale } from "@/lib/i18n/config";
import { getMessages, getTranslator } from "@/lib/i18n/translator";
import { formatDateTime } from "@/lib/time/format";

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

export function AuditTable({ locale, entries }: { locale: Locale; entries: Entry[] }) {
  const t = getTranslator(locale, "adminAudit");
  const messages = getMessages(locale);
  // Actions and record kinds of later screens may not have a label yet: their code is shown instead.
  const actionLabels: Record<string, Record<string, string> | undefined> = messages.adminAuditActions;
  const actionLabel = (action: string) => {
    const [entity = "", verb = ""] = action.split(".", 2);
    return actionLabels[entity]?.[verb] ?? action;
  };
  const entityLabels: Record<string, string> = messages.adminEntities;
  if (entries.length === 0) return <p className="text-muted">{t("empty")}</p>;
  return (
    <div className="overflow-x-auto rounded-lg bg-white shadow-sm ring-1 ring-brand-100">
      <table className="w-full min-w-[48rem] text-left text-sm">
        <thead className="bg-brand-50 text-brand-900">
          <tr>
            <th scope="col" className="px-4 py-3 font-semibold">
              {t("when")}
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              {t("who")}
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              {t("action")}
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              {t("entity")}
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              {t("changes")}
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              {t("ip")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-brand-100 align-top">
          {entries.map((entry) => {
            const changes = auditChanges(entry.before, entry.after);
            return (
              <tr key={entry.id.toString()}>
                <td className="px-4 py-3 whitespace-nowrap">{formatDateTime(entry.createdAt)}</td>
                <td className="px-4 py-3">{entry.user ? entry.user.name : t("systemUser")}</td>
                <td className="px-4 py-3 font-semibold">{actionLabel(entry.action)}</td>
                <td className="px-4 py-3">
                  {entityLabels[entry.entityType] ?? entry.entityType}
                  {entry.entityId && <span className="block font-mono text-xs break-all text-muted">{entry.entityId}</span>}
                </td>
                <td className="px-4 py-3">
                  {changes.length === 0 ? (
                    t("noChanges")
                  ) : (
                    <details>
                      <summary className="cursor-pointer font-semibold text-brand-700">{t("showChanges")}</summary>
                      <table className="mt-2 text-xs">
                        <thead>
                          <tr>
                            <th scope="col" className="pr-3 font-semibold">
                              {t("field")}
                            </th>
                            <th scope="col" className="pr-3 font-semibold">
                              {t("before")}
                            </th>
                            <th scope="col" className="font-semibold">
                              {t("after")}
                            </th>
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
                    </details>
                  )}
                </td>
                <td className="px-4 py-3 font-mono text-xs">{entry.ipAddress ?? ""}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
