import { requirePermission } from "@/lib/auth/guard";
import { fileResponse } from "@/lib/http/download";
import { templateCsv, templateXlsx } from "@/lib/invitations/import";

// The invitee list templates, with the columns the import reads and one example row.
export async function GET(_request: Request, { params }: { params: Promise<{ format: string }> }) {
  await requirePermission("invitations:draft");
  const { format } = await params;
  if (format === "csv") return fileResponse(templateCsv(), { type: "text/csv; charset=utf-8", fileName: "mau-danh-sach-khach-moi.csv" });
  if (format === "xlsx") {
    return fileResponse(await templateXlsx(), {
      type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      fileName: "mau-danh-sach-khach-moi.xlsx",
    });
  }
  return new Response("Not found", { status: 404 });
}
