import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { prepareDatabase } from "../../../scripts/prepare-database";
import type { RunningDatabase } from "../../../scripts/embedded-postgres";
import { serveArgs } from "../../../scripts/serve-command";
import { waitForServer } from "../../../scripts/wait-for-server";
import { findFreePort } from "../../setup/free-port";
import { startSmtpSink, type SmtpSink } from "../../setup/smtp-sink";

// A production server of a spec's own, with its own seeded database and SMTP relay, for what must not
// disturb the shared end-to-end server: killing it, or running it at another time of the Week.

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../../..");

export type OwnServer = {
  baseUrl: string;
  sink: SmtpSink;
  /** A query on the server's database. */
  query: <T extends pg.QueryResultRow>(sql: string, values?: unknown[]) => Promise<T[]>;
  /** Starts the server process (again, after a kill) and waits until it answers. */
  start: () => Promise<ChildProcess>;
  /** Stops the server if it runs, then the relay and the database, and removes their files. */
  stop: () => Promise<void>;
};

/** Prepares the database and the relay; `environment` may read the database to choose settings (e.g. the clock). */
export async function prepareOwnServer(
  name: string,
  environment: (query: OwnServer["query"]) => Promise<Record<string, string>> | Record<string, string> = () => ({}),
): Promise<OwnServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), `qn-portal-${name}-`));
  const database: RunningDatabase = await prepareDatabase({ dataDir: path.join(dataDir, "pg"), port: await findFreePort(), log: () => {} });
  const sink = await startSmtpSink();
  const port = await findFreePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const query: OwnServer["query"] = async (sql, values = []) => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      return (await client.query(sql, values)).rows;
    } finally {
      await client.end();
    }
  };
  const env = {
    ...process.env,
    ...sink.env,
    NODE_ENV: "production" as const,
    PORT: String(port),
    DATABASE_URL: database.url,
    PUBLIC_BASE_URL: baseUrl,
    TRUST_PROXY: "0",
    UPLOADS_DIR: path.join(dataDir, "uploads"),
    ...(await environment(query)),
  };
  let server: ChildProcess | undefined;
  return {
    baseUrl,
    sink,
    query,
    async start() {
      server = spawn(process.execPath, serveArgs(env), { cwd: ROOT, env, stdio: "ignore" });
      await waitForServer(`${baseUrl}/api/health`, server);
      return server;
    },
    async stop() {
      if (server && server.exitCode === null && server.signalCode === null) {
        const exited = new Promise((resolve) => server!.once("exit", resolve));
        server.kill("SIGTERM");
        await exited;
      }
      await sink.close();
      await database.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
