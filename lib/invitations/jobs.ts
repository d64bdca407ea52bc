import "server-only";
import { createTaskQueue } from "@/lib/background/task-queue";
import { db } from "@/lib/db";
import { deliverBatch } from "./delivery";

// Rendering and sending a batch runs after the officer's request, one batch at a time, in the
// server process. What it has done is recorded row by row, so the batch page reads its progress from
// the database and a retry after a restart continues where it stopped.

const deliveryQueue = createTaskQueue("invitation delivery", { concurrency: 1 });
const running = new Set<string>();

export function isDelivering(batchId: string): boolean {
  return running.has(batchId);
}

export function scheduleDelivery(batchId: string): void {
  if (running.has(batchId)) return;
  running.add(batchId);
  void deliveryQueue.push(`delivering invitation batch ${batchId}`, async () => {
    try {
      const started = performance.now();
      const report = await deliverBatch(db, batchId);
      console.info(`[invitations] batch ${batchId}: ${JSON.stringify(report)} in ${Math.round(performance.now() - started)} ms`);
    } finally {
      running.delete(batchId);
    }
  });
}
