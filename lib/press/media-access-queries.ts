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

/** The journalist behind a genuine media-link token who is still accredited for its edition; null otherwise. */
export async function findAccreditedJournalist(database: Database, token: string) {
  const verified = verifyTicket(token, env.TICKET_SIGNING_SECRET);
  if (!verified.ok || verified.claims.kind !== "M") return null;
  const accreditation = await database.pressAccreditation.findUnique({
    where: { passCode: verified.claims.subject },
    select: { fullName: true, outlet: true, status: true, edition: { select: { year: true } } },
  });
  if (accreditation?.status !== "APPROVED" || accreditation.edition.year !== verified.claims.year) return null;
  return { fullName: accreditation.fullName, outlet: accreditation.outlet, year: accreditation.edition.year, passCode: verified.claims.subject };
}

export async function hasPressMediaAccess(database: Database, token: string): Promise<boolean> {
  return (await findAccreditedJournalist(database, token)) !== null;
}
