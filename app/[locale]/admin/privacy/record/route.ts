import { notFound } from "next/navigation";
import { fileResponse } from "@/lib/http/download";
import { isLocale } from "@/lib/i18n/config";
import { downloadProcessingRecord } from "@/lib/privacy/record-queries";

// GET /admin/privacy/record?from=YYYY-MM-DD&to=YYYY-MM-DD: the record of processing as a PDF.
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const query = Object.fromEntries(new URL(request.url).searchParams);
  // The permission is checked first (in downloadProcessingRecord), before the period is read.
  const file = await downloadProcessingRecord(locale, query);
  if (!file) notFound();
  return fileResponse(file);
}
