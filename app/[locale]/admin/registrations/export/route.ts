import { notFound } from "next/navigation";
import { isLocale } from "@/lib/i18n/config";
import { EXPORT_FORMATS, exportRegistrations, type ExportFormat } from "@/lib/registration/admin-exports";
import { parseRegistrationFilters } from "@/lib/registration/admin-filters";
import { fileResponse } from "@/lib/registration/export-response";

// GET /admin/registrations/export?format=csv|xlsx&<the list's filters>: the filtered list as a file.
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const query = new URL(request.url).searchParams;
  const format = query.get("format") ?? "csv";
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) notFound();
  const file = await exportRegistrations(locale, parseRegistrationFilters(query).filters, format as ExportFormat);
  if (!file) notFound();
  return fileResponse(file);
}
