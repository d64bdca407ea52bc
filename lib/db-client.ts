import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Builds a Prisma client on the pg driver. The app uses the singleton in lib/db.ts;
 * the seed, the start script and the tests call this with their own connection string.
 */
export function createPrismaClient(connectionString: string, options: { maxConnections?: number } = {}) {
  const adapter = new PrismaPg({ connectionString, max: options.maxConnections ?? 10 });
  return new PrismaClient({ adapter });
}

export type Database = ReturnType<typeof createPrismaClient>;
