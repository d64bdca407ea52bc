import "server-only";
import { env } from "@/lib/env";
import { signTicket, verifyTicket } from "@/lib/tickets/token";

// The invitee's reply link carries a signed token (`QN1.…`, kind I, the invitation's id): no account,
// nothing to store, and a link altered by a single character is refused.

export function replyToken(invitation: { id: string; year: number }): string {
  return signTicket({ kind: "I", subject: invitation.id, year: invitation.year }, env.TICKET_SIGNING_SECRET);
}

export function replyUrl(token: string): string {
  return `${env.PUBLIC_BASE_URL.replace(/\/+$/, "")}/invitation/${encodeURIComponent(token)}`;
}

/** The invitation id a reply token was signed for, or null for anything else. */
export function invitationIdOf(token: string): string | null {
  if (token.length > 200) return null;
  const verified = verifyTicket(token, env.TICKET_SIGNING_SECRET);
  return verified.ok && verified.claims.kind === "I" ? verified.claims.subject : null;
}
