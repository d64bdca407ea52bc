import type { DownloadFile } from "@/lib/http/download";
import { isOneOf } from "@/lib/one-of";
import { CSV_TYPE, toCsv, type ExportTable } from "./table";
import { toXlsx, XLSX_TYPE } from "./xlsx";

// The two formats a list of people is downloaded in, for the routes that offer both.

const EXPORT_FORMATS = ["csv", "xlsx"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: string): value is ExportFormat {
  return isOneOf(EXPORT_FORMATS, value);
}

/** The table as a file in the format asked for, named `<baseName>.csv` or `<baseName>.xlsx`. */
export async function tableFile(table: ExportTable, format: ExportFormat, { baseName, sheetName }: { baseName: string; sheetName: string }): Promise<DownloadFile> {
  return format === "csv"
    ? { content: toCsv(table), type: CSV_TYPE, fileName: `${baseName}.csv` }
    : { content: await toXlsx(table, sheetName), type: XLSX_TYPE, fileName: `${baseName}.xlsx` };
}
