import type { Database } from "@/lib/db-client";
import { Prisma, type SeatStatus } from "@/lib/generated/prisma/client";
import { MAILABLE_REGISTRATION } from "./mailable";
import type { PreviousSchedule } from "./emails";
import { queueSeatNotices } from "./mail-queue-store";

type SeatKey = { registrationId: string; sessionId: string };

// When organisers move a published session (time or venue), every delegate holding a seat in it is
// owed one e-mail with the new time and place and an updated calendar file. Like the other seat
// notices it is marked on the seat and queued in the outbox in the transaction of the change; the
// time and place the delegate last heard of ride along in `notice_detail`, so the e-mail can say
// what changed however many edits happen before it leaves (one e-mail: the first queued tells it all,
// the later ones find nothing owed).

type Tx = Prisma.TransactionClient;

export type { PreviousSchedule } from "./emails";

function isPreviousSchedule(value: unknown): value is PreviousSchedule {
  if (typeof value !== "object" || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return (
    typeof candidate.startsAt === "string" &&
    typeof candidate.endsAt === "string" &&
    (candidate.venue === null || typeof candidate.venue === "string")
  );
}

const HELD: { in: SeatStatus[] } = { in: ["CONFIRMED", "WAITLISTED"] };

/**
 * Marks the change notice due on every seat held in the session; returns how many delegates are owed
 * it. A change notice already due keeps the schedule it was first about (the delegate has heard of
 * neither edit yet); a promotion or cancellation e-mail still due is left alone, as it shows the
 * session as it stands when it leaves.
 */
export async function owedScheduleChangeNotice(tx: Tx, sessionId: string, previous: PreviousSchedule): Promise<number> {
  const now = new Date();
  const pending = await tx.seat.updateMany({
    where: { sessionId, status: HELD, registration: MAILABLE_REGISTRATION, noticeKind: "SESSION_CHANGED", noticeDueAt: { not: null } },
    data: { noticeDueAt: now },
  });
  const fresh = await tx.seat.updateManyAndReturn({
    where: { sessionId, status: HELD, registration: MAILABLE_REGISTRATION, noticeDueAt: null },
    data: { noticeKind: "SESSION_CHANGED", noticeDueAt: now, noticeDetail: previous },
    select: { registrationId: true },
  });
  await queueSeatNotices(tx, "SESSION_CHANGED", sessionId, fresh.map((seat) => seat.registrationId));
  return pending.count + fresh.length;
}

/** The schedule the seat's change notice is about; null when it holds none (or something unreadable). */
export async function readPreviousSchedule(database: Database, seat: SeatKey): Promise<PreviousSchedule | null> {
  const row = await database.seat.findUnique({
    where: { registrationId_sessionId: seat },
    select: { noticeDetail: true },
  });
  return isPreviousSchedule(row?.noticeDetail) ? row.noticeDetail : null;
}
