import { createPrismaClient } from "@/lib/db-client";
import { MAIL_KINDS } from "@/lib/mail/kinds";
import { storedMailRenderers } from "@/lib/mail/stored";
import { createMailWorker } from "@/lib/mail/worker";

// One outbox worker in a process of its own, for the test that kills it mid-way (worker-kill.test.ts):
// every kind sent as stored, a short lease so that the next worker takes over soon after a kill.
// Run with tsx and NODE_OPTIONS=--conditions=react-server (lib/mail/send.ts is server-only).

const connectionString = process.env.DATABASE_URL;
if (!connectionString) throw new Error("DATABASE_URL is not set");
const database = createPrismaClient(connectionString);
const worker = createMailWorker({
  database,
  renderers: storedMailRenderers(MAIL_KINDS),
  connectionString,
  leaseMs: Number(process.env.LEASE_MS ?? 2_000),
  batchSize: 5,
  pollMs: 250,
});
worker.start();
console.log(`worker ${worker.id} started`);
