import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { createPrismaClient, type Database } from "../../lib/db-client";

export const MIGRATED_TEMPLATE = "template_migrated";
export const SEEDED_TEMPLATE = "template_seeded";

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export type TestDatabase = { url: string; db: Database; drop: () => Promise<void> };

/**
 * A fresh database for one test file, cloned from a template: `seeded` holds the documents'
 * data, `migrated` only the schema, `empty` nothing at all. Refuses to touch anything but the local test server.
 */
export async function createTestDatabase(kind: "seeded" | "migrated" | "empty" = "seeded"): Promise<TestDatabase> {
  const adminUrl = inject("pgAdminUrl");
  const host = new URL(adminUrl).hostname;
  if (host !== "127.0.0.1" && host !== "localhost") throw new Error(`refusing to run tests against ${host}`);
  const name = `test_${randomBytes(6).toString("hex")}`;
  const template = { seeded: SEEDED_TEMPLATE, migrated: MIGRATED_TEMPLATE, empty: "template0" }[kind];
  await runAdmin(adminUrl, `CREATE DATABASE ${name} TEMPLATE ${template}`);
  const url = withDatabase(adminUrl, name);
  const db = createPrismaClient(url);
  return {
    url,
    db,
    drop: async () => {
      await db.$disconnect();
      await runAdmin(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

async function runAdmin(adminUrl: string, sql: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
