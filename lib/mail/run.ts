import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { MAIL_RENDERERS } from "./renderers";
import { createMailWorker } from "./worker";

/** Starts this instance's outbox worker, woken by NOTIFY at every commit that queues mail, and every few seconds for retries. */
export function startMailWorker(): void {
  const worker = createMailWorker({
    database: db,
    renderers: MAIL_RENDERERS,
    connectionString: env.DATABASE_URL,
    maxAttempts: env.MAIL_MAX_ATTEMPTS,
    leaseMs: env.MAIL_LEASE_SECONDS * 1000,
  });
  worker.start();
}
