import { notFound } from "next/navigation";
import { fileResponse } from "@/lib/http/download";
import { isLocale } from "@/lib/i18n/config";
import { downloadPersonData } from "@/lib/privacy/person-downloads-store";

// GET /admin/press/{id}/data: everything held about this person, as JSON (a subject access request).
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale, id } = await params;
  if (!isLocale(locale)) notFound();
  // The permission is checked first (in downloadPersonData), before the id is looked up.
  const file = await downloadPersonData(locale, "accreditation", id);
  if (!file) notFound();
  return fileResponse(file);
}
