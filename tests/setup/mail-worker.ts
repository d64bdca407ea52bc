import type { Database } from "../../lib/db-client";
import type { MailWorkerOptions } from "../../lib/mail/worker";

// The outbox worker as the server runs it (every kind's renderer), for integration tests that check
// what a change sends: queue through the domain, then send what is due. Import after the test has
// set the server environment (lib/env.ts reads it when first imported).

export async function createTestMailWorker(database: Database, options: Partial<MailWorkerOptions> = {}) {
  const [{ createMailWorker }, { MAIL_RENDERERS }] = await Promise.all([import("@/lib/mail/worker"), import("@/lib/mail/renderers")]);
  return createMailWorker({ database, renderers: MAIL_RENDERERS, ...options });
}

/** Sends every message due now, batch after batch; a failed one waits for its next attempt (not due now). */
export async function sendQueuedMail(database: Database, options: Partial<MailWorkerOptions> = {}): Promise<void> {
  const worker = await createTestMailWorker(database, options);
  while ((await worker.runOnce()) > 0);
}

/**
 * Sends the messages rendered when queued (`STORED_MAIL_KINDS`) without the renderers that need the
 * server environment; any other kind fails, so a test cannot pass by accident.
 */
export async function sendStoredMail(database: Database): Promise<void> {
  const [{ createMailWorker }, { storedMailRenderers }, { STORED_MAIL_KINDS }] = await Promise.all([
    import("@/lib/mail/worker"),
    import("@/lib/mail/stored"),
    import("@/lib/mail/kinds"),
  ]);
  const worker = createMailWorker({ database, renderers: storedMailRenderers(STORED_MAIL_KINDS) });
  while ((await worker.runOnce()) > 0);
}
