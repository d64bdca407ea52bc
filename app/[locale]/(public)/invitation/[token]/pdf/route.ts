import { fileResponse } from "@/lib/http/download";
import { getIssuedPdf } from "@/lib/invitations/queries";
import { invitationIdOf } from "@/lib/invitations/reply-link";

// The invitee's own copy of the invitation, behind the same signed link as the reply page.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const invitationId = invitationIdOf((await params).token);
  if (!invitationId) return new Response("Not found", { status: 404 });
  const { pdf, fileName } = await getIssuedPdf(invitationId);
  const response = fileResponse({ content: pdf, type: "application/pdf", fileName }, { inline: true });
  response.headers.set("Referrer-Policy", "no-referrer");
  return response;
}
