import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";

// Backups are the standard tools' work: a `pg_dump` custom-format dump and a copy of the uploaded
// files, packed with `tar` into one archive with a manifest (migrations, row counts) that the
// restore checks itself against.

const run = promisify(execFile);
const MANIFEST = "manifest.json";
const DUMP = "database.dump";
const UPLOADS = "uploads";

export type Manifest = {
  format: 1;
  createdAt: string;
  serverVersion: string;
  migrations: string[];
  rowCounts: Record<string, number>;
  /** Whether the archive holds the uploaded files (local disk storage only). */
  uploads: boolean;
};

export class BackupError extends Error {}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const majorOf = (versionNumber: number) => Math.floor(versionNumber / 10_000);

/** Refuses, with what to install, when `tool` is missing or older than the server (pg_dump refuses a newer server). */
export async function checkClientTool(tool: "pg_dump" | "pg_restore", url: string): Promise<void> {
  const serverMajor = majorOf(await withClient(url, async (client) => Number((await client.query("SHOW server_version_num")).rows[0].server_version_num)));
  const install = `install PostgreSQL's client tools of version ${serverMajor} or newer (Debian: apt-get install postgresql-client-${serverMajor})`;
  let output: string;
  try {
    output = (await run(tool, ["--version"])).stdout;
  } catch {
    throw new BackupError(`${tool} was not found on PATH: ${install}`);
  }
  const toolMajor = Number(/\(PostgreSQL\)\s+(\d+)/.exec(output)?.[1] ?? 0);
  if (toolMajor < serverMajor) throw new BackupError(`${tool} ${toolMajor} cannot work with a PostgreSQL ${serverMajor} server: ${install}`);
}

/** Exact row counts of every table of the public schema, by name. */
export async function countRows(url: string): Promise<Record<string, number>> {
  return withClient(url, async (client) => {
    const tables = await client.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename");
    const counts: Record<string, number> = {};
    for (const { name } of tables.rows) {
      const result = await client.query<{ count: string }>(`SELECT count(*) FROM public.${pg.escapeIdentifier(name)}`);
      counts[name] = Number(result.rows[0]!.count);
    }
    return counts;
  });
}

async function appliedMigrations(client: pg.Client): Promise<string[]> {
  const exists = await client.query("SELECT 1 FROM pg_tables WHERE schemaname = 'public' AND tablename = '_prisma_migrations'");
  if (exists.rowCount === 0) return [];
  const rows = await client.query<{ name: string }>(
    "SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name",
  );
  return rows.rows.map((row) => row.name);
}

function timestamp(date: Date): string {
  return date.toISOString().replace(/\.\d+Z$/, "Z").replace(/[-:]/g, "").replace("T", "-");
}

export function defaultArchivePath(folder: string, now = new Date()): string {
  return path.resolve(folder, `portal-${timestamp(now)}.tar`);
}

/** Writes one archive: the dump, the uploaded files of `uploadsDir` (null: stored in S3, not included) and the manifest. */
export async function createBackup(options: { url: string; uploadsDir: string | null; out: string }): Promise<Manifest> {
  await checkClientTool("pg_dump", options.url);
  await mkdir(path.dirname(options.out), { recursive: true });
  const work = await mkdtemp(path.join(path.dirname(options.out), ".backup-"));
  try {
    await run("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${path.join(work, DUMP)}`, `--dbname=${options.url}`]);
    const [serverVersion, migrations] = await withClient(options.url, async (client) => [
      String((await client.query("SHOW server_version")).rows[0].server_version),
      await appliedMigrations(client),
    ] as const);
    const hasUploads = options.uploadsDir !== null && existsSync(options.uploadsDir);
    if (hasUploads) await cp(options.uploadsDir!, path.join(work, UPLOADS), { recursive: true, preserveTimestamps: true });
    const manifest: Manifest = {
      format: 1,
      createdAt: new Date().toISOString(),
      serverVersion,
      migrations,
      rowCounts: await countRows(options.url),
      uploads: hasUploads,
    };
    await writeFile(path.join(work, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    await run("tar", ["--create", `--file=${options.out}`, `--directory=${work}`, MANIFEST, DUMP, ...(hasUploads ? [UPLOADS] : [])]);
    return manifest;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function isDatabaseEmpty(url: string): Promise<boolean> {
  return withClient(url, async (client) => (await client.query("SELECT 1 FROM pg_tables WHERE schemaname = 'public' LIMIT 1")).rowCount === 0);
}

async function isFolderEmpty(folder: string): Promise<boolean> {
  return !existsSync(folder) || (await readdir(folder)).length === 0;
}

export type RestoreReport = { manifest: Manifest; rowCounts: Record<string, number>; mismatches: string[] };

/**
 * Restores an archive into the database of `url`, which must be empty unless `force` (then its public
 * schema is dropped first), and its files into `uploadsDir`; then compares migrations and row counts
 * with the manifest and with `expectedMigrations` (this checkout's migration folders).
 */
export async function restoreBackup(options: {
  file: string;
  url: string;
  uploadsDir: string | null;
  force: boolean;
  expectedMigrations: string[];
}): Promise<RestoreReport> {
  await checkClientTool("pg_restore", options.url);
  if (!(await isDatabaseEmpty(options.url)) && !options.force) {
    throw new BackupError("the target database is not empty: restore into an empty database, or pass --force to replace everything in it");
  }
  if (options.uploadsDir && !(await isFolderEmpty(options.uploadsDir)) && !options.force) {
    throw new BackupError(`the uploads folder ${options.uploadsDir} is not empty: empty it, or pass --force to replace its files`);
  }
  const work = await mkdtemp(path.join(path.dirname(path.resolve(options.file)), ".restore-"));
  try {
    await run("tar", ["--extract", `--file=${options.file}`, `--directory=${work}`]);
    const manifest = JSON.parse(await readFile(path.join(work, MANIFEST), "utf8")) as Manifest;
    if (options.force) await withClient(options.url, (client) => client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public"));
    await run("pg_restore", ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", `--dbname=${options.url}`, path.join(work, DUMP)]);
    if (manifest.uploads && options.uploadsDir) {
      await rm(options.uploadsDir, { recursive: true, force: true });
      await cp(path.join(work, UPLOADS), options.uploadsDir, { recursive: true, preserveTimestamps: true });
    }
    const rowCounts = await countRows(options.url);
    const migrations = await withClient(options.url, appliedMigrations);
    return { manifest, rowCounts, mismatches: compare(manifest, rowCounts, migrations, options.expectedMigrations) };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

function compare(manifest: Manifest, rowCounts: Record<string, number>, migrations: string[], expected: string[]): string[] {
  const problems: string[] = [];
  if (migrations.join() !== manifest.migrations.join()) problems.push("the restored migrations differ from the archive's manifest");
  const missing = expected.filter((name) => !migrations.includes(name));
  const unknown = migrations.filter((name) => !expected.includes(name));
  if (missing.length > 0) problems.push(`migrations of this checkout not in the backup (npm start applies them): ${missing.join(", ")}`);
  if (unknown.length > 0) problems.push(`migrations in the backup that this checkout does not know (a newer version made it): ${unknown.join(", ")}`);
  for (const [table, count] of Object.entries(manifest.rowCounts)) {
    if (rowCounts[table] !== count) problems.push(`${table}: ${rowCounts[table] ?? "missing"} rows restored, ${count} in the backup`);
  }
  return problems;
}
