import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/guard";
import { db } from "@/lib/db";
import { fileResponse } from "@/lib/http/download";
import { batchAnswersCsv, batchPrintPdf, batchZip } from "@/lib/invitations/downloads";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// A batch's files: every PDF as a ZIP, one PDF to print, the answers as CSV.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; format: string }> }) {
  await requirePermission("invitations:track");
  const { id, format } = await params;
  if (!UUID.test(id)) notFound();
  if (format === "answers.csv") {
    return fileResponse(await batchAnswersCsv(db, id), { type: "text/csv; charset=utf-8", fileName: `phan-hoi-giay-moi-${id.slice(0, 8)}.csv` });
  }
  if (format === "invitations.zip") {
    const zip = await batchZip(db, id);
    if (!zip) notFound();
    return fileResponse(zip, { type: "application/zip", fileName: `giay-moi-${id.slice(0, 8)}.zip` });
  }
  if (format === "print.pdf") {
    const pdf = await batchPrintPdf(db, id);
    if (!pdf) notFound();
    return fileResponse(pdf, { type: "application/pdf", fileName: `giay-moi-in-${id.slice(0, 8)}.pdf` });
  }
  notFound();
}
