import "server-only";
import { env } from "@/lib/env";
import { signTicket } from "./token";

/** The signed check-in token of a delegate's registration, as printed in their QR code. */
export function registrationTicketToken(registration: { code: string; edition: { year: number } }): string {
  return signTicket({ kind: "R", subject: registration.code, year: registration.edition.year }, env.TICKET_SIGNING_SECRET);
}
