import "server-only";
import { db } from "@/lib/db";
import type { Database } from "@/lib/db-client";
import { listDueConfirmations } from "./confirmation-store";
import { deliverConfirmation, sendInBackground } from "./notifications";

// Confirmation e-mails leave from an in-memory queue after the response. A restart empties that queue
// and an SMTP outage makes its sends fail; the registrations are safe, but their delegates would never
// get their link and ticket. This sweep finds those confirmations in the database and sends them.

export const RECOVERY = {
  /** A registration changed more recently may still have its e-mail in the queue (deferred 30 s at most behind a rush). */
  graceMs: 10 * 60_000,
  /** Older than this, an e-mail about the Week would come too late to help. */
  maxAgeMs: 3 * 24 * 60 * 60_000,
  batchSize: 50,
  everyMs: 5 * 60_000,
  firstAfterMs: 60_000,
} as const;

export type RecoveryReport = { sent: number; failed: number };

/**
 * Sends every confirmation that is due, one after the other behind the other e-mails, each with a new
 * manage link (the lost e-mail's link cannot be repeated: only its hash is stored). The page a delegate
 * landed on after registering then stops working; the e-mailed link is the one to keep.
 */
export async function sendDueConfirmations(database: Database = db, now = new Date()): Promise<RecoveryReport> {
  const due = await listDueConfirmations(database, {
    changedAfter: new Date(now.getTime() - RECOVERY.maxAgeMs),
    changedBefore: new Date(now.getTime() - RECOVERY.graceMs),
    limit: RECOVERY.batchSize,
  });
  const report: RecoveryReport = { sent: 0, failed: 0 };
  for (const registrationId of due) {
    await sendInBackground(`the overdue confirmation of ${registrationId}`, async () => {
      try {
        if (await deliverConfirmation(registrationId, null, database)) report.sent++;
      } catch (error) {
        report.failed++;
        throw error; // for the queue to log
      }
    });
  }
  return report;
}

let sweeping = false;

async function sweep(): Promise<void> {
  if (sweeping) return;
  sweeping = true;
  try {
    const report = await sendDueConfirmations();
    if (report.sent + report.failed > 0) console.info(`[registration mail] overdue confirmations: ${JSON.stringify(report)}`);
  } catch (error) {
    console.error("[registration mail] the sweep for overdue confirmations failed", error);
  } finally {
    sweeping = false;
  }
}

/** Sweeps a minute after the server starts, then every five minutes; the timers never keep the process alive. */
export function startConfirmationRecovery(): void {
  setTimeout(sweep, RECOVERY.firstAfterMs).unref();
  setInterval(sweep, RECOVERY.everyMs).unref();
}
