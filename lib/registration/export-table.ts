import type { Translator } from "@/lib/i18n/translator";
import { formatDateTime } from "@/lib/time/format";

// The exported registration list as a table of text, and that table as CSV. Pure: the route reads the
// rows, these functions only shape them, so the CSV and the XLSX always carry the same cells.

export type ExportRow = {
  code: string;
  status: string;
  fullName: string | null;
  position: string | null;
  organization: string | null;
  group: string;
  email: string | null;
  phone: string | null;
  province: string | null;
  createdAt: Date;
  seats: { status: string; session: { id: string; title: string } }[];
  checkIns: { sessionId: string; checkedInAt: Date }[];
  consents: { purpose: string }[];
};

export type ExportTable = { headers: string[]; rows: string[][] };

type Labels = Translator<"adminExport">;

/** `+84905123456` as people read it, `0905 123 456`: Excel keeps it as text, with its leading zero. */
export function nationalPhone(phone: string | null): string {
  if (!phone) return "";
  const digits = phone.replace(/^\+84/, "0");
  return digits.length === 10 ? `${digits.slice(0, 4)} ${digits.slice(4, 7)} ${digits.slice(7)}` : digits;
}

function sessionsCell(row: ExportRow, labels: Labels): string {
  return row.seats
    .map((seat) => (seat.status === "WAITLISTED" ? `${seat.session.title} (${labels("waitlisted")})` : seat.session.title))
    .join("; ");
}

function checkInsCell(row: ExportRow): string {
  const titles = new Map(row.seats.map((seat) => [seat.session.id, seat.session.title]));
  return row.checkIns.map((checkIn) => `${titles.get(checkIn.sessionId) ?? ""} ${formatDateTime(checkIn.checkedInAt)}`.trim()).join("; ");
}

export function buildExportTable(rows: ExportRow[], labels: Labels, groupLabel: (group: string) => string, statusLabel: (status: string) => string): ExportTable {
  const yesNo = (value: boolean) => (value ? labels("yes") : labels("no"));
  return {
    headers: ["code", "fullName", "position", "organization", "group", "email", "phone", "province", "status", "sessions", "checkIns", "consentMedia", "consentNews", "registeredAt"].map((key) =>
      labels(key as Parameters<Labels>[0]),
    ),
    rows: rows.map((row) => {
      const consents = new Set(row.consents.map((consent) => consent.purpose));
      return [
        row.code,
        row.fullName ?? "",
        row.position ?? "",
        row.organization ?? "",
        groupLabel(row.group),
        row.email ?? "",
        nationalPhone(row.phone),
        row.province ?? "",
        statusLabel(row.status),
        sessionsCell(row, labels),
        checkInsCell(row),
        yesNo(consents.has("MEDIA")),
        yesNo(consents.has("NEWS")),
        formatDateTime(row.createdAt),
      ];
    }),
  };
}

/** A spreadsheet would run a cell that starts like a formula: such text gets a leading apostrophe. */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

function csvCell(cell: string): string {
  const safe = neutraliseFormula(cell);
  return /[",\r\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 CSV in UTF-8 with a byte-order mark, so that Excel shows Vietnamese letters as they are. */
export function toCsv(table: ExportTable): string {
  const lines = [table.headers, ...table.rows].map((cells) => cells.map(csvCell).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
