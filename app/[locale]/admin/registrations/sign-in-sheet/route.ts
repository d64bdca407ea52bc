import { notFound } from "next/navigation";
import { z } from "@/lib/zod";
import { isLocale } from "@/lib/i18n/config";
import { exportSignInSheet } from "@/lib/registration/admin-exports-store";
import { fileResponse } from "@/lib/http/download";

// GET /admin/registrations/sign-in-sheet?session=<id>: the printable sign-in sheet (PDF) of a session.
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const session = z.uuid().safeParse(new URL(request.url).searchParams.get("session"));
  if (!session.success) notFound();
  const file = await exportSignInSheet(locale, session.data);
  if (!file) notFound();
  return fileResponse(file, { inline: true });
}
