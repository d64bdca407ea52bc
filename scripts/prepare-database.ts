import path from "node:path";
import { createPrismaClient } from "../lib/db-client";
import { applyMigrations } from "../prisma/migrate";
import { isDatabaseEmpty, seedDatabase } from "../prisma/seed";
import { startEmbeddedPostgres, type RunningDatabase } from "./embedded-postgres";

type Log = (line: string) => void;

/**
 * The database the portal runs on: `DATABASE_URL` when it is set, otherwise an embedded
 * PostgreSQL whose data stays in `dataDir` between runs. Either way migrated and, if empty, seeded.
 */
export async function prepareDatabase(options: {
  databaseUrl?: string;
  dataDir: string;
  port: number;
  log: Log;
}): Promise<RunningDatabase> {
  const database: RunningDatabase = options.databaseUrl
    ? { url: options.databaseUrl, adminUrl: options.databaseUrl, stop: async () => {} }
    : await startEmbeddedPostgres({
        dataDir: path.resolve(options.dataDir),
        port: options.port,
        database: "portal",
        persistent: true,
      });
  if (!options.databaseUrl) options.log(`embedded PostgreSQL on 127.0.0.1:${options.port} (data in ${options.dataDir})`);
  try {
    await applyMigrations(database.url, options.log);
    await seedIfEmpty(database.url, options.log);
  } catch (error) {
    await database.stop();
    throw error;
  }
  return database;
}

async function seedIfEmpty(url: string, log: Log) {
  const db = createPrismaClient(url, { maxConnections: 2 });
  try {
    if (await isDatabaseEmpty(db)) {
      log("empty database: seeding the editions from the source documents");
      await seedDatabase(db, log);
    }
  } finally {
    await db.$disconnect();
  }
}
