import "server-only";
import type { Database } from "@/lib/db-client";
import { queueManageLink } from "./mail-queue-store";
import { lockRegistration } from "./seat-store";

// A registration attempt with an address already registered for the edition (form or JSON API):
// the address's owner is told, with their existing link, at most once a day, so a stranger who
// keeps submitting someone's address cannot fill that mailbox. The caller's answer never changes.

/** The owner's "already registered" e-mails in any 24 hours. */
const ALREADY_REGISTERED_PER_DAY = 1;

/** Queues the e-mail unless one went out in the last 24 hours; true when queued. */
export async function notifyAlreadyRegistered(database: Database, registrationId: string): Promise<boolean> {
  return database.$transaction(async (tx) => {
    // The row lock makes two simultaneous attempts count one after the other.
    const registration = await lockRegistration(tx, registrationId);
    if (registration.status === "ERASED") return false;
    const [counted] = await tx.$queryRaw<{ sent: number }[]>`
      SELECT count(*)::int AS sent FROM outbox_messages
      WHERE registration_id = ${registrationId}::uuid AND kind = 'registration.manage-link'
        AND payload ->> 'reason' = 'duplicate' AND created_at > now() - interval '24 hours'`;
    if ((counted?.sent ?? 0) >= ALREADY_REGISTERED_PER_DAY) return false;
    await queueManageLink(tx, registrationId, "duplicate");
    return true;
  });
}
