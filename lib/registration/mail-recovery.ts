import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import type { Database } from "@/lib/db-client";
import { listDueConfirmations } from "./confirmation-store";
import { deliverConfirmation, deliverSeatNotice, sendInBackground } from "./notifications";
import { listDueSeatNotices } from "./seat-notices";

// The delegates' e-mails leave from an in-memory queue after the response. A restart empties that
// queue and an SMTP outage makes its sends fail; the changes are safe in the database, but a delegate
// would never get their link and ticket, learn of a seat from the wait list or of a cancelled session.
// What each is owed is recorded in the database; this sweep sends what has stayed due too long.

const GRACE_MS = env.MAIL_RECOVERY_GRACE_SECONDS * 1000;

export const RECOVERY = {
  /** Newer than this, an e-mail may still be in the queue (deferred 30 s at most behind a rush) or being sent. */
  graceMs: GRACE_MS,
  /** Older than this, an e-mail about the Week would come too late to help. */
  maxAgeMs: 3 * 24 * 60 * 60_000,
  batchSize: 50,
  everyMs: Math.min(5 * 60_000, GRACE_MS),
  firstAfterMs: Math.min(60_000, GRACE_MS),
} as const;

export type RecoveryReport = { sent: number; failed: number };

/**
 * Sends every overdue e-mail, one after the other behind the others. A confirmation gets a new manage
 * link (the lost e-mail's link cannot be repeated: only its hash is stored), so the page a delegate
 * landed on after registering stops working; the e-mailed link is the one to keep.
 */
export async function sendOverdueMail(database: Database = db, now = new Date()): Promise<RecoveryReport> {
  const window = {
    after: new Date(now.getTime() - RECOVERY.maxAgeMs),
    before: new Date(now.getTime() - RECOVERY.graceMs),
    limit: RECOVERY.batchSize,
  };
  const [confirmations, notices] = await Promise.all([listDueConfirmations(database, window), listDueSeatNotices(database, window)]);
  const report: RecoveryReport = { sent: 0, failed: 0 };
  const send = (what: string, deliver: () => Promise<unknown>) =>
    sendInBackground(what, async () => {
      try {
        if (await deliver()) report.sent++;
      } catch (error) {
        report.failed++;
        throw error; // for the queue to log
      }
    });
  for (const registrationId of confirmations) {
    await send(`the overdue confirmation of ${registrationId}`, () => deliverConfirmation(registrationId, null, database, now));
  }
  for (const notice of notices) {
    await send(`the overdue ${notice.kind} notice of ${notice.registrationId}`, () => deliverSeatNotice(notice, database));
  }
  return report;
}

let sweeping = false;

async function sweep(): Promise<void> {
  if (sweeping) return;
  sweeping = true;
  try {
    const report = await sendOverdueMail();
    if (report.sent + report.failed > 0) console.info(`[registration mail] overdue e-mails: ${JSON.stringify(report)}`);
  } catch (error) {
    console.error("[registration mail] the sweep for overdue e-mails failed", error);
  } finally {
    sweeping = false;
  }
}

/** Sweeps a minute after the server starts, then every five minutes (sooner with a shorter grace); the timers never keep the process alive. */
export function startMailRecovery(): void {
  setTimeout(sweep, RECOVERY.firstAfterMs).unref();
  setInterval(sweep, RECOVERY.everyMs).unref();
}
