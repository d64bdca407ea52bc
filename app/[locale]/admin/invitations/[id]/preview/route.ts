import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/guard";
import { fileResponse } from "@/lib/http/download";
import { draftDocument } from "@/lib/invitations/document";
import { renderInvitationPdf } from "@/lib/invitations/pdf";
import { findDraftForPreview } from "@/lib/invitations/queries";

// The draft as it will print, number and date left blank, addressed to the first invitee.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  await requirePermission("invitations:track");
  const { id } = await params;
  const batch = /^[0-9a-f-]{36}$/i.test(id) ? await findDraftForPreview(id) : null;
  if (!batch) notFound();
  const pdf = await renderInvitationPdf(draftDocument(batch, batch.invitees[0] ?? null));
  return fileResponse({ content: pdf, type: "application/pdf", fileName: "du-thao-giay-moi.pdf" }, { inline: true });
}
