import type { Database } from "@/lib/db-client";
import { MAILABLE_REGISTRATION, type DueWindow } from "./mailable";

// Whether each registration's confirmation e-mail has gone. The column is set when a sender takes the
// e-mail (so two senders never both send it) and cleared when sending fails, so that a confirmation
// lost in a restart or an SMTP outage stays visible as due (lib/registration/mail-recovery.ts).

/** Takes a registration's confirmation for sending; false when another sender took it already. */
export async function claimConfirmation(database: Database, registrationId: string, now = new Date()): Promise<boolean> {
  const { count } = await database.registration.updateMany({
    where: { id: registrationId, confirmationMailedAt: null },
    data: { confirmationMailedAt: now },
  });
  return count === 1;
}

/** Gives a confirmation back after its sending failed: it is due again. */
export async function releaseConfirmation(database: Database, registrationId: string): Promise<void> {
  await database.registration.updateMany({ where: { id: registrationId }, data: { confirmationMailedAt: null } });
}

/** Records a confirmation sent on an organiser's request, whatever was recorded before. */
export async function markConfirmationMailed(database: Database, registrationId: string, now = new Date()): Promise<void> {
  await database.registration.updateMany({ where: { id: registrationId }, data: { confirmationMailedAt: now } });
}

/**
 * Active registrations with an address whose confirmation is due, last changed within the window
 * (made, brought back by an invitation, or given back after a failure), oldest first.
 */
export async function listDueConfirmations(database: Database, window: DueWindow): Promise<string[]> {
  const rows = await database.registration.findMany({
    where: { ...MAILABLE_REGISTRATION, confirmationMailedAt: null, updatedAt: { gt: window.after, lt: window.before } },
    orderBy: { updatedAt: "asc" },
    take: window.limit,
    select: { id: true },
  });
  return rows.map((row) => row.id);
}
