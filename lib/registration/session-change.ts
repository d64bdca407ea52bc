import type { Database } from "@/lib/db-client";
import { Prisma, type SeatStatus } from "@/lib/generated/prisma/client";
import { MAILABLE_REGISTRATION } from "./mailable";
import type { PreviousSchedule } from "./emails";
import type { SeatKey } from "./seat-notices";

// When organisers move a published session (time or venue), every delegate holding a seat in it is
// owed one e-mail with the new time and place and an updated calendar file. Like the other seat
// notices (seat-notices.ts) it is written on the seat in the transaction of the change, so it
// survives a restart; the time and place the delegate last heard of ride along in `notice_detail`,
// so the e-mail can say what changed however many edits happen before it leaves.

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
  const fresh = await tx.seat.updateMany({
    where: { sessionId, status: HELD, registration: MAILABLE_REGISTRATION, noticeDueAt: null },
    data: { noticeKind: "SESSION_CHANGED", noticeDueAt: now, noticeDetail: previous },
  });
  return pending.count + fresh.count;
}

/** The schedule the seat's change notice is about; null when it holds none (or something unreadable). */
export async function readPreviousSchedule(database: Database, seat: SeatKey): Promise<PreviousSchedule | null> {
  const row = await database.seat.findUnique({
    where: { registrationId_sessionId: seat },
    select: { noticeDetail: true },
  });
  return isPreviousSchedule(row?.noticeDetail) ? row.noticeDetail : null;
}

/** After the e-mail left: the next change starts from what the delegate now knows. */
export async function forgetPreviousSchedule(database: Database, seat: SeatKey): Promise<void> {
  await database.seat.updateMany({
    where: { ...seat, noticeKind: "SESSION_CHANGED", noticeDueAt: null },
    data: { noticeDetail: Prisma.DbNull },
  });
}

/** Change notices due for one session, for sending right after the organiser's save. */
export async function listDueChangeNotices(database: Database, sessionId: string): Promise<SeatKey[]> {
  return database.seat.findMany({
    where: { sessionId, noticeKind: "SESSION_CHANGED", noticeDueAt: { not: null }, status: HELD, registration: MAILABLE_REGISTRATION },
    select: { registrationId: true, sessionId: true },
  });
}
