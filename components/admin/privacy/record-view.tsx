import Link from "next/link";
import { AdminCell, AdminTable } from "@/components/admin/admin-table";
import { DateField } from "@/components/admin/form-controls";
import { AdminPanel } from "@/components/admin/panel";
import { buttonClass } from "@/components/admin/styles";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import type { RecordTables } from "@/lib/privacy/record-document";

/** One table of the record: the first cell heads the row; an empty table says there was nothing. */
function RecordTable({ label, columns, rows, empty }: { label: string; columns: string[]; rows: string[][]; empty: string }) {
  return (
    <AdminTable label={label} columns={columns} empty={empty} isEmpty={rows.length === 0}>
      {rows.map((row, index) => (
        <tr key={index}>
          {row.map((cell, column) => (
            <AdminCell key={column} header={column === 0}>
              {cell}
            </AdminCell>
          ))}
        </tr>
      ))}
    </AdminTable>
  );
}

type Props = { locale: Locale; action: string; pdfHref: string; from: string; to: string; tables: RecordTables };

/** The record of processing: the period's GET form, the PDF link and the five tables. */
export function RecordView({ locale, action, pdfHref, from, to, tables }: Props) {
  const t = getTranslator(locale, "privacyRecord");
  const none = t("noneInPeriod");
  return (
    <div className="space-y-6">
      <form method="get" action={action} role="search" aria-label={t("periodLegend")} className="grid gap-4 rounded-lg bg-white p-5 shadow-sm ring-1 ring-brand-100 sm:grid-cols-3">
        <DateField name="from" label={t("from")} defaultValue={from} />
        <DateField name="to" label={t("to")} defaultValue={to} />
        <div className="flex flex-wrap items-end gap-3">
          <button type="submit" className={buttonClass("primary")}>
            {t("apply")}
          </button>
          <Link href={pdfHref} className={buttonClass("secondary")} prefetch={false}>
            {t("downloadPdf")}
          </Link>
        </div>
      </form>
      <AdminPanel title={t("purposesTitle")}>
        <RecordTable label={t("purposesTitle")} columns={[t("colPurpose"), t("colFields"), t("colBasis"), t("colRetention"), t("colSubjects")]} rows={tables.purposes} empty={none} />
      </AdminPanel>
      <AdminPanel title={t("editionsTitle")}>
        <RecordTable label={t("editionsTitle")} columns={[t("colEdition"), t("colEndsOn"), t("colDueAt")]} rows={tables.editions} empty={none} />
      </AdminPanel>
      <div className="grid gap-6 lg:grid-cols-2">
        <AdminPanel title={t("consentsTitle")}>
          <RecordTable label={t("consentsTitle")} columns={[t("colConsent"), t("colCount")]} rows={tables.consents} empty={none} />
        </AdminPanel>
        <AdminPanel title={t("erasuresTitle")}>
          <RecordTable label={t("erasuresTitle")} columns={[t("colPurpose"), t("colCount")]} rows={tables.erasures} empty={none} />
        </AdminPanel>
      </div>
      <AdminPanel title={t("accessTitle")}>
        <p className="mb-3 text-sm text-muted">{t("accessIntro")}</p>
        <RecordTable label={t("accessTitle")} columns={[t("colUser"), t("colAction"), t("colTimes"), t("colLast")]} rows={tables.accesses} empty={none} />
      </AdminPanel>
    </div>
  );
}
