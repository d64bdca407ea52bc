import type { Database } from "@/lib/db-client";
import { MAILABLE_REGISTRATION, type DueWindow } from "./mailable";

// Whether each registration's confirmation e-mail has gone. A sender first takes the e-mail
// (confirmationClaimedAt, so two senders never both send it), then records it sent once the mail
// server accepted it (confirmationMailedAt); a failed sending gives the claim back. A sender killed
// between the two (a crash, `kill -9`) leaves a claim without a sending: once older than the sweep's
// grace period it counts as given back (lib/registration/mail-recovery.ts), so the e-mail is not lost.
// Only a kill in the milliseconds between the server's acceptance and the record can send it twice.

/** Takes a registration's confirmation for sending; false when sent or taken by a sender still alive. */
export async function claimConfirmation(
  database: Database,
  registrationId: string,
  { now = new Date(), staleBefore }: { now?: Date; staleBefore: Date },
): Promise<boolean> {
  const { count } = await database.registration.updateMany({
    where: {
      id: registrationId,
      confirmationMailedAt: null,
      OR: [{ confirmationClaimedAt: null }, { confirmationClaimedAt: { lt: staleBefore } }],
    },
    data: { confirmationClaimedAt: now },
  });
  return count === 1;
}

/** Records that the mail server accepted the confirmation. */
export async function recordConfirmationSent(database: Database, registrationId: string, now = new Date()): Promise<void> {
  await database.registration.updateMany({ where: { id: registrationId }, data: { confirmationMailedAt: now } });
}

/** Gives a confirmation back after its sending failed: it is due again. */
export async function releaseConfirmation(database: Database, registrationId: string): Promise<void> {
  await database.registration.updateMany({ where: { id: registrationId, confirmationMailedAt: null }, data: { confirmationClaimedAt: null } });
}

/** Records a confirmation sent on an organiser's request, whatever was recorded before. */
export async function markConfirmationMailed(database: Database, registrationId: string, now = new Date()): Promise<void> {
  await database.registration.updateMany({ where: { id: registrationId }, data: { confirmationMailedAt: now, confirmationClaimedAt: now } });
}

/**
 * Active registrations with an address whose confirmation is due, last changed within the window
 * (made, brought back by an invitation, given back after a failure, or taken by a sender that died),
 * whose address no mail server refused for good,
 * oldest first. Taking an e-mail changes the registration, so a claim is as old as `updatedAt`.
 */
export async function listDueConfirmations(database: Database, window: DueWindow): Promise<string[]> {
  const rows = await database.registration.findMany({
    where: { ...MAILABLE_REGISTRATION, confirmationMailedAt: null, mailRefusedAt: null, updatedAt: { gt: window.after, lt: window.before } },
    orderBy: { updatedAt: "asc" },
    take: window.limit,
    select: { id: true },
  });
  return rows.map((row) => row.id);
}
