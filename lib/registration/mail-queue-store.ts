import type { SeatNotice } from "@/lib/generated/prisma/enums";
import type { MailKind } from "@/lib/mail/kinds";
import type { Writer } from "@/lib/mail/store";

// The delegate's e-mails are queued in the outbox by the change that owes them, in its own
// transaction: only ids, and the manage token of a new registration (removed once sent). The outbox
// worker renders them (notifications-store.ts).

/**
 * Queues a message to each registration, addressed to its e-mail as it stands in this transaction;
 * erased registrations and those without an address get none.
 */
async function queueForRegistrations(tx: Writer, kind: MailKind, items: { registrationId: string; payload: object }[]): Promise<void> {
  if (items.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO outbox_messages (id, kind, recipient, payload, registration_id)
    SELECT gen_random_uuid(), ${kind}, r.email, item.payload, r.id
    FROM jsonb_to_recordset(${JSON.stringify(items)}::jsonb) AS item("registrationId" uuid, payload jsonb)
    JOIN registrations r ON r.id = item."registrationId"
    WHERE r.email IS NOT NULL AND r.status <> 'ERASED'`;
}

/**
 * The confirmation (link, ticket, calendar). Without a token (an address corrected, an invitation
 * taken up again) the worker issues a new manage link when it renders: only its hash is stored.
 */
export function queueConfirmation(tx: Writer, registrationId: string, manageToken: string | null): Promise<void> {
  return queueForRegistrations(tx, "registration.confirmation", [{ registrationId, payload: manageToken ? { manageToken } : {} }]);
}

/** Why a manage-link e-mail goes: someone registered the address again, or its owner asked for the link. */
type ManageLinkReason = "duplicate" | "request";

/** The registration's current manage link (computed again when rendered, never a new one). */
export function queueManageLink(tx: Writer, registrationId: string, reason: ManageLinkReason = "request"): Promise<void> {
  return queueForRegistrations(tx, "registration.manage-link", [{ registrationId, payload: { reason } }]);
}

const NOTICE_KINDS = {
  PROMOTED: "registration.seat-promoted",
  SESSION_CANCELLED: "registration.session-cancelled",
  SESSION_CHANGED: "registration.session-changed",
} as const satisfies Record<SeatNotice, MailKind>;

/** The e-mails owed about seats of one session, marked due on the seats in the same transaction. */
export function queueSeatNotices(tx: Writer, kind: SeatNotice, sessionId: string, registrationIds: string[]): Promise<void> {
  return queueForRegistrations(
    tx,
    NOTICE_KINDS[kind],
    registrationIds.map((registrationId) => ({ registrationId, payload: { sessionId } })),
  );
}
