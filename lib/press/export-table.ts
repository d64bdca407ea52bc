import { nationalPhone, type ExportTable } from "@/lib/exports/table";
import type { Translator } from "@/lib/i18n/translator";
import { formatDateTime } from "@/lib/time/format";

// The press desk's list of journalists as a table of text (lib/exports turns it into CSV or XLSX).
// Pure: the export reads the rows, this only shapes them.

export type AccreditationExportRow = {
  passCode: string | null;
  fullName: string;
  outlet: string;
  cardNumber: string;
  email: string;
  phone: string;
  status: string;
  createdAt: Date;
  decidedAt: Date | null;
  sessions: { session: { title: string } }[];
  checkIns: { checkedInAt: Date; session: { title: string } }[];
};

const COLUMNS = ["passCode", "fullName", "outlet", "cardNumber", "email", "phone", "status", "sessions", "checkIns", "receivedAt", "decidedAt"] as const;

export function buildAccreditationTable(rows: AccreditationExportRow[], labels: Translator<"pressExport">, statusLabel: (status: string) => string): ExportTable {
  return {
    headers: COLUMNS.map((key) => labels(key)),
    rows: rows.map((row) => [
      row.passCode ?? "",
      row.fullName,
      row.outlet,
      row.cardNumber,
      row.email,
      nationalPhone(row.phone),
      statusLabel(row.status),
      row.sessions.map(({ session }) => session.title).join("; "),
      row.checkIns.map((checkIn) => `${checkIn.session.title} ${formatDateTime(checkIn.checkedInAt)}`).join("; "),
      formatDateTime(row.createdAt),
      row.decidedAt ? formatDateTime(row.decidedAt) : "",
    ]),
  };
}
