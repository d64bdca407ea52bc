import { notFound } from "next/navigation";
import { isExportFormat } from "@/lib/exports/file";
import { fileResponse } from "@/lib/http/download";
import { isLocale } from "@/lib/i18n/config";
import { exportAccreditations } from "@/lib/press/admin-exports";

// GET /admin/press/export?format=csv|xlsx: the journalists of the current edition as a file.
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const format = new URL(request.url).searchParams.get("format") ?? "csv";
  if (!isExportFormat(format)) notFound();
  const file = await exportAccreditations(locale, format);
  if (!file) notFound();
  return fileResponse(file);
}
