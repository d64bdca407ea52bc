import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { readStorageSettings } from "../lib/uploads/settings";
import { BackupError, createBackup, defaultArchivePath } from "./backup";
import { openCommandDatabase } from "./command-database";

// `npm run db:backup [-- --out FILE]`: one archive of the database and the uploaded files.

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const log = (line: string) => console.error(`[backup] ${line}`);

async function main() {
  if (existsSync(path.join(ROOT, ".env"))) process.loadEnvFile(path.join(ROOT, ".env"));
  const { values } = parseArgs({ options: { out: { type: "string" } } });
  const out = values.out ? path.resolve(values.out) : defaultArchivePath(path.join(ROOT, ".data/backups"));
  const storage = readStorageSettings();
  if (storage.kind === "s3") log(`uploads are in the bucket ${storage.bucket}: this archive holds the database only (see README, Backups)`);
  const database = await openCommandDatabase({ prepare: false, log });
  try {
    const manifest = await createBackup({ url: database.url, uploadsDir: storage.kind === "local" ? storage.directory : null, out });
    const rows = Object.values(manifest.rowCounts).reduce((sum, count) => sum + count, 0);
    log(`${Object.keys(manifest.rowCounts).length} tables, ${rows} rows, ${manifest.migrations.length} migrations${manifest.uploads ? ", uploaded files" : ""}`);
    console.log(out);
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  log(error instanceof BackupError ? error.message : `failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
