import { existsSync } from "node:fs";
import path from "node:path";
import { openCommandDatabase } from "./command-database";

// `npm run db:migrate`: pending migrations applied and an empty database seeded, without serving —
// the release step before instances started by systemd (deploy/) serve the new version.

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const log = (line: string) => console.error(`[migrate] ${line}`);

if (existsSync(path.join(ROOT, ".env"))) process.loadEnvFile(path.join(ROOT, ".env"));
openCommandDatabase({ prepare: true, log })
  .then(async (database) => {
    log("the database is up to date");
    await database.stop();
  })
  .catch((error: unknown) => {
    log(`failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
