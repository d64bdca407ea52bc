import "server-only";
import { env } from "@/lib/env";
import { signTicket, verifyTicket } from "@/lib/tickets/token";

// The survey link carries a signed token (`QN1.…`, kind F, the check-in's id), like the invitation
// reply links: no account, nothing stored, and an altered link is refused.

export function surveyToken(checkIn: { id: string; year: number }): string {
  return signTicket({ kind: "F", subject: checkIn.id, year: checkIn.year }, env.TICKET_SIGNING_SECRET);
}

export function surveyUrl(token: string): string {
  return `${env.PUBLIC_BASE_URL.replace(/\/+$/, "")}/y-kien/${encodeURIComponent(token)}`;
}

/** The check-in a survey token was signed for, or null for anything else. */
export function checkInIdOfSurvey(token: string): string | null {
  if (token.length > 200) return null;
  const verified = verifyTicket(token, env.TICKET_SIGNING_SECRET);
  return verified.ok && verified.claims.kind === "F" ? verified.claims.subject : null;
}
