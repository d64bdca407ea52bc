import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { findFreePort } from "../tests/setup/free-port";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { diffSchemas, readSchema } from "./prisma6";

// `npm run db:migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL
// that takes the last committed schema.prisma to the working copy. The diff is computed from the two
// schema texts (not from a database), so the hand-written extras of earlier migrations (CHECKs, trigram
// indexes, functions) are never proposed for dropping.

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");

function migrationName(argument: string | undefined): string {
  const name = (argument ?? "")
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "");
  if (!name) throw new Error("Usage: npm run db:migration -- <name>   (for example: add_booth_photos)");
  return name;
}

function timestamp(now = new Date()): string {
  return now.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

function committedSchema(): string {
  return execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { cwd: ROOT, encoding: "utf8" });
}

/** The Prisma 6 CLI wants a database even for a schema-to-schema diff: a throw-away one is enough. */
async function withScratchDatabase<T>(work: (url: string) => T): Promise<T> {
  if (process.env.DATABASE_URL) return work(process.env.DATABASE_URL);
  const dir = mkdtempSync(path.join(tmpdir(), "qn-portal-migration-"));
  const server = await startEmbeddedPostgres({
    dataDir: path.join(dir, "pg"),
    port: await findFreePort(),
    database: "scratch",
    persistent: false,
  });
  try {
    return work(server.url);
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const name = migrationName(process.argv[2]);
  const sql = await withScratchDatabase((databaseUrl) => diffSchemas({ from: committedSchema(), to: readSchema(), databaseUrl }));
  if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
    console.log("schema.prisma has no change since the last commit: no migration written.");
    return;
  }
  const dir = path.join(ROOT, "prisma/migrations", `${timestamp()}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), sql);
  console.log(
    `written: ${path.relative(ROOT, dir)}/migration.sql — review it, add any rule Prisma cannot express, commit both files.`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
