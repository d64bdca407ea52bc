"use client";

import { useActionState } from "react";
import { idleState } from "@/lib/forms/action-state";
import { localizedPath, type Locale } from "@/lib/i18n/config";
import { getMessages, getTranslator } from "@/lib/i18n/translator";
import { checkImportAction, saveImportAction } from "@/lib/invitations/actions";
import { AdminCell, AdminTable } from "../admin-table";
import { FormMessage } from "../form-controls";
import { inputClass } from "../styles";
import { SubmitButton } from "../submit-button";

/**
 * Two steps: the file is checked and every row reported, then the valid rows are saved in one go
 * (or none, if the list changed meanwhile). Rows with errors block the save until the file is fixed.
 */
export function ImportForm({ locale, batchId, maxRows }: { locale: Locale; batchId: string; maxRows: number }) {
  const t = getTranslator(locale, "adminInvitations");
  const [check, checkAction] = useActionState(checkImportAction, idleState);
  const [save, saveAction] = useActionState(saveImportAction, idleState);
  const report = check.status === "success" && save.status !== "success" ? check.result : null;
  const fileError = check.status === "error" ? check.fieldErrors.file : undefined;
  return (
    <div className="space-y-4">
      <p className="text-sm text-muted">{t("importHint", { max: maxRows })}</p>
      <p className="flex flex-wrap gap-4 text-sm">
        <a href={localizedPath(locale, "/admin/invitations/template/csv")} className="font-semibold text-brand-700 underline underline-offset-4">
          {t("templateCsv")}
        </a>
        <a href={localizedPath(locale, "/admin/invitations/template/xlsx")} className="font-semibold text-brand-700 underline underline-offset-4">
          {t("templateXlsx")}
        </a>
      </p>
      <form action={checkAction} className="space-y-3" noValidate>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="batchId" value={batchId} />
        <div>
          <label htmlFor="import-file" className="block text-sm font-semibold text-brand-900">
            {t("file")}
          </label>
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className={inputClass}
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileError ? "import-file-error" : undefined}
          />
          {fileError && (
            <p id="import-file-error" className="mt-1 text-sm font-semibold text-accent-700">
              {fileError}
            </p>
          )}
        </div>
        <SubmitButton variant="secondary" pendingLabel={t("checking")}>
          {t("check")}
        </SubmitButton>
      </form>
      <FormMessage state={save.status === "idle" ? check : save} />
      {report && (
        <section aria-labelledby="import-report" className="space-y-3">
          <h3 id="import-report" className="font-bold text-brand-900">
            {t("reportTitle", { file: report.file })}
          </h3>
          <AdminTable label={getMessages(locale).adminTables.importReport} columns={[t("colRow"), t("fullName"), t("colResult")]} empty="" isEmpty={report.rows.length === 0} minWidth="28rem">
            {report.rows.map((row) => (
              <tr key={row.row}>
                <AdminCell>{row.row}</AdminCell>
                <AdminCell header>{row.fullName}</AdminCell>
                <AdminCell className={row.status === "accepted" ? "text-emerald-800" : "font-semibold text-accent-700"}>
                  {row.status === "accepted"
                    ? t("rowAccepted")
                    : t(row.status === "duplicate" ? "rowDuplicate" : "rowInvalid", { reason: row.reason ?? "" })}
                </AdminCell>
              </tr>
            ))}
          </AdminTable>
          {report.counts.invalid > 0 ? (
            <p role="alert" className="font-semibold text-accent-700">
              {t("importBlocked")}
            </p>
          ) : report.counts.accepted === 0 ? (
            <p className="text-muted">{t("importNothing")}</p>
          ) : (
            <form action={saveAction}>
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="batchId" value={batchId} />
              <input type="hidden" name="accepted" value={report.accepted} />
              <SubmitButton pendingLabel={t("saving")}>{t("saveImport", { count: report.counts.accepted })}</SubmitButton>
            </form>
          )}
        </section>
      )}
    </div>
  );
}
