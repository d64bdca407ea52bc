import path from "node:path";
import pg from "pg";
import { z } from "zod";
import { embeddedDatabaseUrl, startEmbeddedPostgres } from "./embedded-postgres";
import { prepareDatabase } from "./prepare-database";

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");

export type CommandDatabase = { url: string; stop: () => Promise<void> };

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * The database a command-line tool works on: DATABASE_URL; else the embedded database of a running
 * `npm start` (one server per data folder); else the embedded server started for this command and
 * stopped after it. `prepare`: migrated and seeded if empty, as `npm start` does; otherwise left as it
 * is (a restore needs it empty).
 */
export async function openCommandDatabase(options: { prepare: boolean; log: (line: string) => void }): Promise<CommandDatabase> {
  const settings = z
    .object({
      DATABASE_URL: z
        .string()
        .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL")
        .optional(),
      EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
      EMBEDDED_PG_DIR: z.string().default(".data/pg"),
    })
    .parse(process.env);
  if (settings.DATABASE_URL) {
    if (options.prepare) await prepareDatabase({ databaseUrl: settings.DATABASE_URL, dataDir: "", port: 0, log: options.log });
    return { url: settings.DATABASE_URL, stop: async () => {} };
  }
  const running = embeddedDatabaseUrl(settings.EMBEDDED_PG_PORT, "portal");
  if (await canConnect(running)) return { url: running, stop: async () => {} };
  const where = { dataDir: path.resolve(ROOT, settings.EMBEDDED_PG_DIR), port: settings.EMBEDDED_PG_PORT };
  const database = options.prepare
    ? await prepareDatabase({ ...where, log: options.log })
    : await startEmbeddedPostgres({ ...where, database: "portal", persistent: true });
  return { url: database.url, stop: database.stop };
}
