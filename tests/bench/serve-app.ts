import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ephemeralSecrets } from "../../scripts/local-secrets";
import { isBuildStale } from "../../scripts/next-build-state";
import { prepareDatabase } from "../../scripts/prepare-database";
import { serveArgs } from "../../scripts/serve-command";
import { waitForServer } from "../../scripts/wait-for-server";
import { findFreePort } from "../setup/free-port";

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const NEXT_BIN = path.join(ROOT, "node_modules/next/dist/bin/next");

export type RunningApp = { baseUrl: string; databaseUrl: string; /** The server process, for benches that watch its memory. */ pid: number; stop: () => Promise<void> };

function exitOf(child: ChildProcess): Promise<number> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode ?? 1);
  return new Promise((resolve) => child.on("exit", (code) => resolve(code ?? 1)));
}

/**
 * A production build served by the portal's server (scripts/serve.ts) on a fresh seeded embedded PostgreSQL, for benchmarks.
 * `extraEnv` tunes the server (e.g. REGISTRATION_RATE_LIMIT=0 for load tests).
 */
export async function startApp(options: { distDir?: string; extraEnv?: Record<string, string> } = {}): Promise<RunningApp> {
  const distDir = options.distDir ?? ".next-bench";
  const dataDir = mkdtempSync(path.join(tmpdir(), "qn-portal-bench-"));
  const database = await prepareDatabase({ dataDir: path.join(dataDir, "pg"), port: await findFreePort(), log: () => {} });
  const port = await findFreePort();
  const baseUrl = `http://localhost:${port}`;
  const env = {
    ...process.env,
    ...ephemeralSecrets(),
    DATABASE_URL: database.url,
    PUBLIC_BASE_URL: baseUrl,
    NEXT_DIST_DIR: distDir,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production" as const,
    // The server refuses to keep mail in a folder unless told to (lib/mail/settings.ts).
    MAIL_OUTBOX_DIR: path.join(dataDir, "outbox"),
    ...options.extraEnv,
  };
  if (isBuildStale(ROOT, distDir)) {
    const build = spawn(process.execPath, [NEXT_BIN, "build"], { cwd: ROOT, env, stdio: "inherit" });
    if ((await exitOf(build)) !== 0) throw new Error("next build failed");
  }
  const server = spawn(process.execPath, serveArgs(env), { cwd: ROOT, env: { ...env, PORT: String(port) }, stdio: "ignore" });
  await waitForServer(`${baseUrl}/api/health`, server);
  return {
    baseUrl,
    databaseUrl: database.url,
    pid: server.pid!,
    stop: async () => {
      server.kill("SIGTERM");
      await exitOf(server);
      await database.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
