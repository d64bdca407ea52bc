import ExcelJS from "exceljs";
import { neutraliseFormula, type ExportTable } from "./table";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The exported table as an Excel workbook: one sheet, a bold frozen header, every cell as text. */
export async function toXlsx(table: ExportTable, sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Sở Khoa học và Công nghệ tỉnh Quảng Ngãi";
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow(table.headers).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map(neutraliseFormula));
  sheet.columns.forEach((column, index) => {
    const longest = Math.max(...[table.headers, ...table.rows].map((cells) => cells[index]?.length ?? 0));
    column.width = Math.min(60, Math.max(10, longest + 2));
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
