import { formatPhoneNumber } from "@/lib/i18n/phone";
// A download as a table of text cells, and that table as CSV. Pure: each export reads its rows and
// shapes them into a table, so its CSV and XLSX always carry the same cells, and every cell a
// spreadsheet opens goes through the same formula guard.

export type ExportTable = { headers: string[]; rows: string[][] };

export const CSV_TYPE = "text/csv; charset=utf-8";

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

/** `+84905123456` as people read it, `0905 123 456`: Excel keeps it as text, with its leading zero. */
export function nationalPhone(phone: string | null): string {
  return formatPhoneNumber(phone);
}
