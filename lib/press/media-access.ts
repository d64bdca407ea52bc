import "server-only";
import type { Database } from "@/lib/db-client";
import { env } from "@/lib/env";
import { signTicket, verifyTicket } from "@/lib/tickets/token";

// An approved journalist's two signed credentials, both about their pass code: the press pass (QR,
// kind P, checked in like a delegate's ticket) and the link to full-resolution media (kind M). The
// link is checked against the database on every use, so rejecting a journalist later closes it.

export function pressPassToken(passCode: string, year: number): string {
  return signTicket({ kind: "P", subject: passCode, year }, env.TICKET_SIGNING_SECRET);
}

export function pressMediaToken(passCode: string, year: number): string {
  return signTicket({ kind: "M", subject: passCode, year }, env.TICKET_SIGNING_SECRET);
}

/** Whether a media-link token is genuine and its journalist is still accredited for that edition. */
export async function hasPressMediaAccess(database: Database, token: string): Promise<boolean> {
  const verified = verifyTicket(token, env.TICKET_SIGNING_SECRET);
  if (!verified.ok || verified.claims.kind !== "M") return false;
  const accreditation = await database.pressAccreditation.findUnique({
    where: { passCode: verified.claims.subject },
    select: { status: true, edition: { select: { year: true } } },
  });
  return accreditation?.status === "APPROVED" && accreditation.edition.year === verified.claims.year;
}
