import type { Database } from "@/lib/db-client";
import type { SeatNotice } from "@/lib/generated/prisma/enums";
import { MAILABLE_REGISTRATION, type DueWindow } from "./mailable";

// The e-mails a delegate is owed about a seat — it came from the wait list (PROMOTED), its session was
// cancelled (SESSION_CANCELLED) — are recorded on the seat in the transaction of the change, and cleared
// when a sender takes them: an e-mail lost in a restart or an SMTP outage stays due for the sweep
// (lib/registration/mail-recovery.ts), and two senders never both send it.

export type SeatKey = { registrationId: string; sessionId: string };

/** Takes the seat's due notice of this kind for sending; false when there is none (sent, taken, or moot). */
export async function claimSeatNotice(database: Database, seat: SeatKey, kind: SeatNotice): Promise<boolean> {
  const { count } = await database.seat.updateMany({
    where: { registrationId: seat.registrationId, sessionId: seat.sessionId, noticeKind: kind, noticeDueAt: { not: null } },
    data: { noticeDueAt: null },
  });
  return count === 1;
}

/** Makes the notice due again after its sending failed, unless the seat has been given up since. */
export async function restoreSeatNotice(database: Database, seat: SeatKey, kind: SeatNotice, now = new Date()): Promise<void> {
  await database.seat.updateMany({
    where: {
      registrationId: seat.registrationId,
      sessionId: seat.sessionId,
      noticeKind: kind,
      noticeDueAt: null,
      status: { in: ["CONFIRMED", "WAITLISTED"] },
    },
    data: { noticeDueAt: now },
  });
}

export type SeatNoticeDue = SeatKey & { kind: SeatNotice };

/** Notices due since the window, to active registrations with an address, oldest first. */
export async function listDueSeatNotices(database: Database, window: DueWindow): Promise<SeatNoticeDue[]> {
  const rows = await database.seat.findMany({
    where: {
      noticeDueAt: { gt: window.after, lt: window.before },
      status: { in: ["CONFIRMED", "WAITLISTED"] },
      registration: MAILABLE_REGISTRATION,
    },
    orderBy: { noticeDueAt: "asc" },
    take: window.limit,
    select: { registrationId: true, sessionId: true, noticeKind: true },
  });
  return rows.flatMap(({ noticeKind, ...seat }) => (noticeKind ? [{ ...seat, kind: noticeKind }] : []));
}
