import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

const CONNECT_TIMEOUT_MS = 5_000;
/** Longer than any statement the portal runs (the largest export, a migration's backfill). */
const QUERY_TIMEOUT_MS = 120_000;

// Each client's pg pool, for the rare statement where Prisma's own work per query shows (see driverPool).
const driverPools = new WeakMap<object, pg.Pool>();

/**
 * Builds a Prisma client on the pg driver. The app uses the singleton in lib/db.ts;
 * the seed, the start script and the tests call this with their own connection string.
 */
export function createPrismaClient(connectionString: string, options: { maxConnections?: number } = {}) {
  const pool = new pg.Pool({
    connectionString,
    max: options.maxConnections ?? 10,
    // A database host that accepts connections but never answers (a hung server, a dropped route)
    // must fail a request in seconds, not hold it and its pool slot for ever.
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    query_timeout: QUERY_TIMEOUT_MS,
    keepAlive: true,
  });
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  driverPools.set(client, pool);
  return client;
}

export type Database = ReturnType<typeof createPrismaClient>;

/**
 * The pg pool under a client, sharing its connections. Only for a hot path where one statement's
 * client-side cost matters (a registration rush: Prisma adds about 0.4 ms of CPU per query);
 * everything else goes through Prisma. Null once the client has been disconnected.
 */
export function driverPool(database: Database): pg.Pool | null {
  const pool = driverPools.get(database);
  return pool && !pool.ended ? pool : null;
}
