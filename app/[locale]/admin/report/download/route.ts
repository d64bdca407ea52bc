import { notFound } from "next/navigation";
import { fileResponse } from "@/lib/http/download";
import { isLocale } from "@/lib/i18n/config";
import { downloadReport } from "@/lib/report/downloads-store";

// GET /admin/report/download?format=docx|pdf: the current edition's results report.
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  // The permission is checked first (in downloadReport), before anything about the request is answered.
  const file = await downloadReport(locale, new URL(request.url).searchParams.get("format") ?? "docx");
  if (!file) notFound();
  return fileResponse(file);
}
