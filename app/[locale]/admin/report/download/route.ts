import { notFound } from "next/navigation";
import { fileResponse } from "@/lib/http/download";
import { isLocale } from "@/lib/i18n/config";
import { downloadReport } from "@/lib/report/downloads";
import { isReportFormat } from "@/lib/report/schema";

// GET /admin/report/download?format=docx|pdf: the current edition's results report.
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const format = new URL(request.url).searchParams.get("format") ?? "docx";
  if (!isReportFormat(format)) notFound();
  const file = await downloadReport(locale, format);
  if (!file) notFound();
  return fileResponse(file);
}
