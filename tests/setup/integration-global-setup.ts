import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createDatabaseIfMissing, startEmbeddedPostgres } from "../../scripts/embedded-postgres";
import { applyMigrations } from "../../prisma/migrate";
import { seedDatabase } from "../../prisma/seed";
import { createPrismaClient } from "../../lib/db-client";
import { MIGRATED_TEMPLATE, SEEDED_TEMPLATE, withDatabase } from "./test-database";
import { findFreePort } from "./free-port";

declare module "vitest" {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

/**
 * One real PostgreSQL server for the whole integration run, in a throw-away folder, with two
 * template databases (migrated; migrated and seeded) that each test file clones in milliseconds.
 */
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(path.join(tmpdir(), "qn-portal-test-pg-"));
  const server = await startEmbeddedPostgres({
    dataDir: path.join(dataDir, "pg"),
    port: await findFreePort(),
    database: MIGRATED_TEMPLATE,
    persistent: false,
  });
  await applyMigrations(server.url);
  await createDatabaseIfMissing(server.adminUrl, SEEDED_TEMPLATE);
  const seededUrl = withDatabase(server.adminUrl, SEEDED_TEMPLATE);
  await applyMigrations(seededUrl);
  const db = createPrismaClient(seededUrl);
  await seedDatabase(db);
  await db.$disconnect();

  project.provide("pgAdminUrl", server.adminUrl);
  return async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
