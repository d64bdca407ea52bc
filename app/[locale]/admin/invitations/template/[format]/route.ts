import { requirePermission } from "@/lib/auth/guard";
import { CSV_TYPE } from "@/lib/exports/table";
import { XLSX_TYPE } from "@/lib/exports/xlsx";
import { fileResponse } from "@/lib/http/download";
import { templateCsv, templateXlsx } from "@/lib/invitations/import";

// The invitee list templates, with the columns the import reads and one example row.
export async function GET(_request: Request, { params }: { params: Promise<{ format: string }> }) {
  await requirePermission("invitations:draft");
  const { format } = await params;
  if (format === "csv") return fileResponse({ content: templateCsv(), type: CSV_TYPE, fileName: "mau-danh-sach-khach-moi.csv" });
  if (format === "xlsx") {
    return fileResponse({ content: await templateXlsx(), type: XLSX_TYPE, fileName: "mau-danh-sach-khach-moi.xlsx" });
  }
  return new Response("Not found", { status: 404 });
}
