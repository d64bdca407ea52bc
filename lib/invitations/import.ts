import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import Papa from "papaparse";
import { toCsv, type ExportTable } from "@/lib/exports/table";
import { toXlsx } from "@/lib/exports/xlsx";
import vi from "@/lib/i18n/messages/vi.json";
import { formatMessage } from "@/lib/i18n/translator";
import { inviteeKey } from "./rules";
import { invitationSchemas, type InviteeInput } from "./schema";

// Invitee lists from a file: CSV (UTF-8, comma or semicolon, as Excel saves it) or XLSX. The file is
// read into a table, every row checked with the same schema as the one-by-one form, and reported
// (accepted, duplicate, invalid with the reason) before anything is saved.

/** 2,000 rows of the template take about 250 KB: a bigger file is not an invitee list. */
/** `unpackedKilobytes`: an XLSX is a ZIP; a small file can unpack to gigabytes (a decompression bomb). */
export const IMPORT_LIMITS = { rows: 2_000, kilobytes: 900, unpackedKilobytes: 20_480 } as const;

const t = vi.adminInvitations;

/** Column titles of the template, in its order; the first row of a file names its columns. */
export const TEMPLATE_COLUMNS = ["Danh xưng", "Họ và tên", "Chức vụ", "Cơ quan", "E-mail", "Điện thoại", "Địa chỉ"] as const;
const TEMPLATE_EXAMPLE = ["Ông", "Nguyễn Văn An", "Giám đốc", "Sở Khoa học và Công nghệ", "nguyenvanan@quangngai.gov.vn", "0255 3822 123", "Số 1 Hùng Vương, phường Cẩm Thành, tỉnh Quảng Ngãi"];

type Field = keyof InviteeInput;

/** Header spellings people actually use, compared without accents, case or punctuation. */
const HEADERS: Record<Field, string[]> = {
  salutation: ["danh xung", "xung ho", "xung danh", "ong ba", "salutation"],
  fullName: ["ho va ten", "ho ten", "ten", "full name", "name"],
  position: ["chuc vu", "position", "title"],
  organization: ["co quan", "co quan don vi", "don vi", "organization", "organisation"],
  email: ["email", "e mail", "thu dien tu"],
  phone: ["dien thoai", "so dien thoai", "phone", "sdt"],
  address: ["dia chi", "address"],
};

function headerKey(value: string): string {
  return value
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

type ReadResult = { ok: true; table: string[][] } | { ok: false; message: string };

/** The file as a table of trimmed strings, or why it cannot be read. */
export async function readTable(file: { name: string; bytes: Buffer }): Promise<ReadResult> {
  const unreadable = { ok: false, message: t.fileUnreadable } as const;
  if (file.bytes.length > IMPORT_LIMITS.kilobytes * 1024) {
    return { ok: false, message: formatMessage(t.fileTooLarge, { max: IMPORT_LIMITS.kilobytes }) };
  }
  try {
    const table = /\.xlsx$/i.test(file.name) ? await readXlsx(file.bytes) : readCsv(file.bytes);
    return table ? { ok: true, table } : unreadable;
  } catch {
    return unreadable;
  }
}

function readCsv(bytes: Buffer): string[][] | null {
  const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: "greedy" });
  if (parsed.errors.some((error) => error.type === "Quotes")) return null;
  return parsed.data.map((row) => row.map((cell) => String(cell ?? "").trim()));
}

/** The sizes the ZIP's directory announces, summed without unpacking anything. */
function unpackedSize(bytes: Buffer): number {
  let total = 0;
  unzipSync(bytes, {
    filter: (entry) => {
      total += entry.originalSize;
      return false;
    },
  });
  return total;
}

async function readXlsx(bytes: Buffer): Promise<string[][] | null> {
  if (unpackedSize(bytes) > IMPORT_LIMITS.unpackedKilobytes * 1024) return null;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return null;
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= Math.max(row.cellCount, TEMPLATE_COLUMNS.length); column++) cells.push(row.getCell(column).text.trim());
    table[rowNumber - 1] = cells;
  });
  return Array.from(table, (row) => row ?? []);
}

export type ReportRow = { row: number; fullName: string; status: "accepted" | "duplicate" | "invalid"; reason: string | null };
type ImportReport =
  | { ok: true; rows: ReportRow[]; accepted: InviteeInput[]; counts: { accepted: number; duplicate: number; invalid: number } }
  | { ok: false; message: string };

/**
 * Checks every row of a table against the invitee rules and against the batch (`existing` keys)
 * and the rows above it. Row numbers are those a spreadsheet shows (the header is row 1).
 */
export function buildImportReport(table: string[][], existing: Set<string>): ImportReport {
  const [header = [], ...body] = table;
  const columns = new Map<Field, number>();
  header.forEach((title, index) => {
    const key = headerKey(title);
    for (const [field, names] of Object.entries(HEADERS) as [Field, string[]][]) {
      if (names.includes(key) && !columns.has(field)) columns.set(field, index);
    }
  });
  if (!columns.has("fullName")) return { ok: false, message: t.fileNoName };
  const filled = body.map((cells, index) => ({ cells, row: index + 2 })).filter(({ cells }) => cells.some((cell) => cell.trim() !== ""));
  if (filled.length > IMPORT_LIMITS.rows) return { ok: false, message: formatMessage(t.fileTooManyRows, { max: IMPORT_LIMITS.rows }) };

  const seenAt = new Map<string, number>();
  const rows: ReportRow[] = [];
  const accepted: InviteeInput[] = [];
  for (const { cells, row } of filled) {
    const raw = Object.fromEntries([...columns].map(([field, index]) => [field, cells[index] ?? ""]));
    const parsed = invitationSchemas.invitee.safeParse(raw);
    const fullName = String(raw.fullName ?? "").trim();
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const column = TEMPLATE_COLUMNS[Object.keys(HEADERS).indexOf(String(issue.path[0]))];
      rows.push({ row, fullName, status: "invalid", reason: column ? `${column}: ${issue.message}` : issue.message });
      continue;
    }
    const key = inviteeKey(parsed.data);
    const earlier = seenAt.get(key);
    if (existing.has(key) || earlier !== undefined) {
      const reason = earlier !== undefined ? formatMessage(t.duplicateInFile, { row: earlier }) : t.duplicateInBatch;
      rows.push({ row, fullName: parsed.data.fullName, status: "duplicate", reason });
      continue;
    }
    seenAt.set(key, row);
    rows.push({ row, fullName: parsed.data.fullName, status: "accepted", reason: null });
    accepted.push(parsed.data);
  }
  const count = (status: ReportRow["status"]) => rows.filter((row) => row.status === status).length;
  return { ok: true, rows, accepted, counts: { accepted: count("accepted"), duplicate: count("duplicate"), invalid: count("invalid") } };
}

const TEMPLATE: ExportTable = { headers: [...TEMPLATE_COLUMNS], rows: [TEMPLATE_EXAMPLE] };

/** The templates to fill in: the columns the import reads and one example row. */
export function templateCsv(): string {
  return toCsv(TEMPLATE);
}

export function templateXlsx(): Promise<Buffer> {
  return toXlsx(TEMPLATE, "Khách mời");
}
