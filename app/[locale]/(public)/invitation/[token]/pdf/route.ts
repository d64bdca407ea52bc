import { fileResponse } from "@/lib/http/download";
import { isLocale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { getInviteeAccess, getIssuedPdf } from "@/lib/invitations/queries";
import { invitationIdOf } from "@/lib/invitations/reply-link";
import { formatCalendarDate } from "@/lib/time/format";

// The invitee's own copy of the invitation, behind the same signed link as the reply page. A revoked
// invitation, or one whose reply period is over, answers 410 Gone with a short sentence saying why.
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ locale: string; token: string }> };

function gone(text: string): Response {
  return new Response(`${text}\n`, {
    status: 410,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "Referrer-Policy": "no-referrer" },
  });
}

export async function GET(_request: Request, { params }: Context) {
  const { locale, token } = await params;
  const invitationId = invitationIdOf(token);
  if (!invitationId) return new Response("Not found", { status: 404 });
  const access = await getInviteeAccess(invitationId);
  if (!access) return new Response("Not found", { status: 404 });
  const t = getTranslator(isLocale(locale) ? locale : "vi", "invitationReply");
  if (access.state === "revoked") return gone(t("pdfGone"));
  if (access.state === "closed") {
    const contact = access.contact ? t("closedContact", { contact: access.contact }) : t("closedNoContact");
    return gone(`${t("closed", { date: formatCalendarDate(access.lastDay) })} ${contact}`);
  }
  const { pdf, fileName } = await getIssuedPdf(invitationId);
  const response = fileResponse({ content: pdf, type: "application/pdf", fileName }, { inline: true });
  response.headers.set("Referrer-Policy", "no-referrer");
  return response;
}
