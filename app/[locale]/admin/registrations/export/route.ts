import { notFound } from "next/navigation";
import { isExportFormat } from "@/lib/exports/file";
import { fileResponse } from "@/lib/http/download";
import { isLocale } from "@/lib/i18n/config";
import { exportRegistrations } from "@/lib/registration/admin-exports-store";
import { parseRegistrationFilters } from "@/lib/registration/admin-filters";

// GET /admin/registrations/export?format=csv|xlsx&<the list's filters>: the filtered list as a file.
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const query = new URL(request.url).searchParams;
  const format = query.get("format") ?? "csv";
  if (!isExportFormat(format)) notFound();
  const file = await exportRegistrations(locale, parseRegistrationFilters(query).filters, format);
  if (!file) notFound();
  return fileResponse(file);
}
