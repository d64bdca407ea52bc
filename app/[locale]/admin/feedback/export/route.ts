import { notFound } from "next/navigation";
import { isExportFormat } from "@/lib/exports/file";
import { exportFeedback } from "@/lib/feedback/exports-store";
import { fileResponse } from "@/lib/http/download";
import { isLocale } from "@/lib/i18n/config";

// GET /admin/feedback/export?format=csv|xlsx: the delegates' feedback per session of the current edition.
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const format = new URL(request.url).searchParams.get("format") ?? "csv";
  if (!isExportFormat(format)) notFound();
  const file = await exportFeedback(locale, format);
  if (!file) notFound();
  return fileResponse(file);
}
