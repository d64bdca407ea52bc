import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { readStorageSettings } from "../lib/uploads/settings";
import { BackupError, restoreBackup } from "./backup";
import { openCommandDatabase } from "./command-database";

// `npm run db:restore -- FILE [--force]`: an archive of `npm run db:backup` into an empty database.

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const log = (line: string) => console.error(`[restore] ${line}`);

async function main() {
  if (existsSync(path.join(ROOT, ".env"))) process.loadEnvFile(path.join(ROOT, ".env"));
  const { values, positionals } = parseArgs({ options: { force: { type: "boolean", default: false } }, allowPositionals: true });
  const file = positionals[0];
  if (!file || !existsSync(file)) throw new BackupError(`usage: npm run db:restore -- FILE [--force] (${file ? `${file} does not exist` : "no file given"})`);
  const storage = readStorageSettings();
  const database = await openCommandDatabase({ prepare: false, log });
  try {
    const started = performance.now();
    const report = await restoreBackup({
      file: path.resolve(file),
      url: database.url,
      uploadsDir: storage.kind === "local" ? storage.directory : null,
      force: values.force,
      expectedMigrations: readdirSync(path.join(ROOT, "prisma/migrations"), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort(),
    });
    log(`restored the backup of ${report.manifest.createdAt} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    for (const [table, count] of Object.entries(report.rowCounts)) console.log(`${table.padEnd(32)} ${count}`);
    for (const problem of report.mismatches) log(`check: ${problem}`);
    if (report.mismatches.length > 0) process.exit(2);
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  log(error instanceof BackupError ? error.message : `failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
