import "server-only";
import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import pg from "pg";
import { z } from "@/lib/zod";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

// Several instances each keep their own cache of rendered pages, and `revalidatePath` only reaches the
// instance that calls it. The instance that writes tells the others through PostgreSQL (NOTIFY), which
// they already share; each then expires the same pages through its own internal route.

const CHANNEL = "portal_public_pages";
const INSTANCE = randomUUID();
const RECONNECT_MS = 2_000;
const REVALIDATE_ROUTE = "/api/internal/revalidate";
export const REVALIDATE_HEADER = "x-portal-revalidate";

/** The most pages one notice names (a NOTIFY payload holds at most 8,000 bytes). */
export const MOST_PAGES_PER_NOTICE = 50;

const messageSchema = z.object({ origin: z.string(), patterns: z.array(z.string().max(200)).max(MOST_PAGES_PER_NOTICE) });
export const revalidateBodySchema = messageSchema.pick({ patterns: true });

/** Proof, between instances sharing AUTH_SECRET, that a revalidation request comes from one of them. */
function revalidateToken(): string {
  return createHmac("sha256", env.AUTH_SECRET).update("revalidate public pages").digest("base64url");
}

export function isRevalidateToken(candidate: string | null): boolean {
  const expected = Buffer.from(revalidateToken());
  const given = Buffer.from(candidate ?? "");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Tells the other instances to expire these pages too; a lost notice costs freshness, never a write. */
export async function broadcastRevalidation(patterns: readonly string[]): Promise<void> {
  const payload = JSON.stringify({ origin: INSTANCE, patterns });
  await db.$executeRaw`SELECT pg_notify(${CHANNEL}, ${payload})`.catch(() => undefined);
}

async function expireLocally(patterns: string[]) {
  const url = `http://127.0.0.1:${process.env.PORT ?? "3000"}${REVALIDATE_ROUTE}`;
  await fetch(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", [REVALIDATE_HEADER]: revalidateToken() },
    body: JSON.stringify({ patterns }),
  }).catch(() => undefined);
}

/** Listens for other instances' notices for as long as the server runs, reconnecting after a database restart. */
export function listenForRevalidations(): void {
  const connect = async () => {
    const client = new pg.Client({ connectionString: env.DATABASE_URL });
    const retry = () => {
      client.removeAllListeners();
      void client.end().catch(() => undefined);
      setTimeout(() => void connect(), RECONNECT_MS).unref();
    };
    client.on("error", retry);
    client.on("notification", (notice) => {
      const message = messageSchema.safeParse(JSON.parse(notice.payload ?? "null"));
      if (message.success && message.data.origin !== INSTANCE) void expireLocally(message.data.patterns);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch {
      retry();
    }
  };
  void connect();
}
