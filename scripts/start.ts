import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { localSecrets } from "./local-secrets";
import { isBuildStale } from "./next-build-state";
import { serveArgs } from "./serve-command";
import { assertPortFree } from "./port-check";
import { prepareDatabase } from "./prepare-database";
import { silentOutboxRefusal } from "../lib/mail/settings";

// `npm start` (production server) and `npm run dev` (hot reload): one command from a fresh
// clone to a working portal. Everything is undone cleanly on Ctrl-C.

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const isDev = process.argv.includes("--dev");

// Local settings in a git-ignored .env file, as .env.example describes.
if (existsSync(path.join(ROOT, ".env"))) process.loadEnvFile(path.join(ROOT, ".env"));

const launcherEnv = z
  .object({
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL")
      .optional(),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
    EMBEDDED_PG_DIR: z.string().default(".data/pg"),
    PUBLIC_BASE_URL: z.url().optional(),
  })
  .parse(process.env);

const log = (line: string) => console.log(`[portal] ${line}`);
const nextBin = path.join(ROOT, "node_modules/next/dist/bin/next");

function runNext(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [nextBin, ...args], { cwd: ROOT, env, stdio: "inherit" });
}

function waitForExit(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

async function main() {
  // Checked before anything starts, on the environment as given (the database URL is filled in below only for a local run).
  const refusal = isDev ? null : silentOutboxRefusal(process.env);
  if (refusal) {
    console.error(`[portal] refusing to start: ${refusal}`);
    process.exit(1);
  }
  await assertPortFree(launcherEnv.PORT, "the portal", "choose another port with PORT=…");
  const database = await prepareDatabase({
    databaseUrl: launcherEnv.DATABASE_URL,
    dataDir: path.resolve(ROOT, launcherEnv.EMBEDDED_PG_DIR),
    port: launcherEnv.EMBEDDED_PG_PORT,
    log,
  });
  const baseUrl = launcherEnv.PUBLIC_BASE_URL ?? `http://localhost:${launcherEnv.PORT}`;
  // Without DATABASE_URL this is a local run: missing secrets are generated and kept in .data.
  const secrets = launcherEnv.DATABASE_URL ? {} : localSecrets(path.resolve(ROOT, ".data"), process.env);
  // A local run keeps its e-mails as files in .data/outbox unless SMTP is set (the server asks for that to be explicit).
  const localMail = launcherEnv.DATABASE_URL || process.env.MAIL_OUTBOX_DIR ? {} : { MAIL_OUTBOX_DIR: path.resolve(ROOT, ".data/outbox") };
  const env = { ...process.env, ...secrets, ...localMail, DATABASE_URL: database.url, PUBLIC_BASE_URL: baseUrl, NEXT_TELEMETRY_DISABLED: "1" };

  let server: ChildProcess | undefined;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (server && server.exitCode === null) {
      server.kill("SIGTERM");
      await waitForExit(server);
    }
    await database.stop();
    log("stopped");
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  if (!isDev && isBuildStale(ROOT, process.env.NEXT_DIST_DIR ?? ".next")) {
    log("building the portal (first start or sources changed)…");
    const build = runNext(["build"], { ...env, NODE_ENV: "production" });
    const code = await waitForExit(build);
    if (code !== 0) return stop(code);
  }

  server = isDev
    ? runNext(["dev", "--port", String(launcherEnv.PORT)], env)
    : spawn(process.execPath, serveArgs(env), { cwd: ROOT, env: { ...env, NODE_ENV: "production", PORT: String(launcherEnv.PORT) }, stdio: "inherit" });
  log(`portal on ${baseUrl} (Ctrl-C stops it and the database)`);
  const code = await waitForExit(server);
  await stop(code);
}

main().catch((error: unknown) => {
  console.error(`[portal] could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
