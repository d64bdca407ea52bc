import { notFound } from "next/navigation";
import { recordExport } from "@/lib/audit/exports-store";
import { requirePermission } from "@/lib/auth/guard";
import { fileResponse } from "@/lib/http/download";
import { isLocale } from "@/lib/i18n/config";
import { isBatchDownload } from "@/lib/invitations/downloads-queries";
import { getBatchDownload } from "@/lib/invitations/queries";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// A batch's files: every PDF as a ZIP, one PDF to print, the answers as CSV. Each holds invitees'
// personal data, so each download is audited like the registration exports.
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; id: string; format: string }> }) {
  const user = await requirePermission("invitations:track");
  const { locale, id, format } = await params;
  if (!isLocale(locale) || !UUID.test(id) || !isBatchDownload(format)) notFound();
  const file = await getBatchDownload(id, format, locale);
  if (!file) notFound();
  await recordExport(user.id, { action: "invitation.download", entityType: "InvitationBatch", entityId: id }, { format });
  return fileResponse(file);
}
