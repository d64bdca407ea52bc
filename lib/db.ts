import "server-only";
import { createPrismaClient, type Database } from "./db-client";
import { env } from "./env";

// One client per process; in development hot reloads would otherwise open a pool per reload.
const globalForDb = globalThis as unknown as { portalDb?: Database };

export const db = globalForDb.portalDb ?? createPrismaClient(env.DATABASE_URL, { maxConnections: env.DATABASE_POOL_SIZE });

if (env.NODE_ENV !== "production") globalForDb.portalDb = db;
