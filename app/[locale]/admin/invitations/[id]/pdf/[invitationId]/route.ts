import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/guard";
import { fileResponse } from "@/lib/http/download";
import { getIssuedPdf, invitationOfBatch } from "@/lib/invitations/queries";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// An issued invitation as issued: rendered from its snapshot and checked against its checksum.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; invitationId: string }> }) {
  await requirePermission("invitations:track");
  const { id, invitationId } = await params;
  if (!UUID.test(id) || !UUID.test(invitationId) || !(await invitationOfBatch(id, invitationId))) notFound();
  const { pdf, fileName } = await getIssuedPdf(invitationId);
  return fileResponse({ content: pdf, type: "application/pdf", fileName }, { inline: true });
}
