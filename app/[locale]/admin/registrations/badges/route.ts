import { notFound } from "next/navigation";
import { isLocale } from "@/lib/i18n/config";
import { exportBadges } from "@/lib/registration/admin-exports-store";
import { parseRegistrationFilters } from "@/lib/registration/admin-filters";
import { fileResponse } from "@/lib/http/download";

// GET /admin/registrations/badges?<the list's filters>: printable A6 badges (PDF) of those delegates.
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const file = await exportBadges(locale, parseRegistrationFilters(new URL(request.url).searchParams).filters);
  if (!file) notFound();
  return fileResponse(file, { inline: true });
}
