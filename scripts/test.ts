import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { findFreePort } from "../tests/setup/free-port";
import { ephemeralSecrets } from "./local-secrets";
import { isBuildStale } from "./next-build-state";
import { prepareDatabase } from "./prepare-database";
import { waitForServer } from "./wait-for-server";

// `npm test`: type-check, unit, integration (real PostgreSQL) and end-to-end (Debian's Chromium
// against a production build on its own database). `npm test -- unit integration` runs a subset;
// `npm test -- e2e exhibition` only the end-to-end specs whose path matches.

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const RESULTS = path.join(ROOT, "test-results");
// Parallel runs (several developers on one machine) can each pick their own build folder.
const E2E_DIST_DIR = process.env.E2E_DIST_DIR ?? ".next-test";
const E2E_CLOCK = "2025-09-12T08:00:00+07:00";
const SUITES = ["typecheck", "unit", "integration", "e2e"] as const;
type Suite = (typeof SUITES)[number];
type Counts = { passed: number; failed: number; skipped: number };

const bin = (file: string) => path.join(ROOT, "node_modules", file);
const log = (line: string) => console.log(`\n[test] ${line}`);

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const child = spawn(command, args, { cwd: ROOT, env, stdio: "inherit" });
  return exitOf(child);
}

function exitOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

function readJson(file: string): Record<string, unknown> | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>) : undefined;
}

/** A crash before any test ran (bad config, failed global setup, no test found) still fails the run. */
function failOnSilentCrash(exitCode: number, counts: Counts): Counts {
  const ranNothing = counts.passed + counts.failed === 0;
  return (exitCode !== 0 || ranNothing) && counts.failed === 0 ? { ...counts, failed: 1 } : counts;
}

async function runVitest(project: "unit" | "integration"): Promise<Counts> {
  const output = path.join(RESULTS, `${project}.json`);
  rmSync(output, { force: true });
  const code = await run(process.execPath, [
    bin("vitest/vitest.mjs"),
    "run",
    "--project",
    project,
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${output}`,
  ]);
  const report = readJson(output);
  const counts = {
    passed: Number(report?.numPassedTests ?? 0),
    failed: Number(report?.numFailedTests ?? 0),
    skipped: Number(report?.numPendingTests ?? 0) + Number(report?.numTodoTests ?? 0),
  };
  return failOnSilentCrash(code, counts);
}

async function runEndToEnd(playwrightArgs: string[]): Promise<Counts> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "qn-portal-e2e-"));
  const database = await prepareDatabase({ dataDir: path.join(dataDir, "pg"), port: await findFreePort(), log: console.log });
  const port = await findFreePort();
  const baseUrl = `http://localhost:${port}`;
  const env = {
    ...process.env,
    ...ephemeralSecrets(),
    DATABASE_URL: database.url,
    PUBLIC_BASE_URL: baseUrl,
    NEXT_DIST_DIR: E2E_DIST_DIR,
    NEXT_TELEMETRY_DISABLED: "1",
    // No SMTP: the server writes each e-mail into this outbox, where the tests read it (tests/e2e/outbox.ts).
    SMTP_HOST: "",
    MAIL_OUTBOX_DIR: path.join(dataDir, "outbox"),
    UPLOADS_DIR: path.join(dataDir, "uploads"),
    // The seeded Week is September 2025 and the journeys register for it: the server acts a week
    // before it, whatever today's date (lib/time/clock.ts). Tests of past sessions add their own.
    PORTAL_CLOCK: E2E_CLOCK,
  };
  const nextBin = bin("next/dist/bin/next");
  let server: ChildProcess | undefined;
  try {
    if (isBuildStale(ROOT, E2E_DIST_DIR)) {
      log("building the portal for end-to-end tests");
      if ((await run(process.execPath, [nextBin, "build"], { ...env, NODE_ENV: "production" })) !== 0) {
        return { passed: 0, failed: 1, skipped: 0 };
      }
    }
    server = spawn(process.execPath, [nextBin, "start", "--port", String(port)], { cwd: ROOT, env, stdio: "inherit" });
    await waitForServer(`${baseUrl}/api/health`, server);
    const output = path.join(RESULTS, "e2e.json");
    rmSync(output, { force: true });
    const code = await run(
      process.execPath,
      [bin("@playwright/test/cli.js"), "test", "-c", "tests/playwright.config.ts", ...playwrightArgs],
      {
        ...env,
        E2E_BASE_URL: baseUrl,
      },
    );
    const stats = (readJson(output)?.stats ?? {}) as Record<string, number>;
    const counts = {
      passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
      failed: stats.unexpected ?? 0,
      skipped: stats.skipped ?? 0,
    };
    return failOnSilentCrash(code, counts);
  } finally {
    if (server && server.exitCode === null) {
      server.kill("SIGTERM");
      await exitOf(server);
    }
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function runSuite(suite: Suite, playwrightArgs: string[]): Promise<Counts> {
  log(`${suite}…`);
  switch (suite) {
    case "typecheck": {
      const code = await run(process.execPath, [bin("typescript/bin/tsc"), "--noEmit"]);
      return code === 0 ? { passed: 1, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0 };
    }
    case "unit":
    case "integration":
      return runVitest(suite);
    case "e2e":
      return runEndToEnd(playwrightArgs);
  }
}

async function main() {
  const requested = process.argv.slice(2).filter((arg): arg is Suite => (SUITES as readonly string[]).includes(arg));
  const suites = requested.length > 0 ? requested : [...SUITES];
  // Anything else goes to Playwright: `npm test -- e2e registration` runs the specs whose path matches.
  const playwrightArgs = process.argv.slice(2).filter((arg) => !(SUITES as readonly string[]).includes(arg));
  const totals: Counts = { passed: 0, failed: 0, skipped: 0 };
  const started = Date.now();
  for (const suite of suites) {
    const counts = await runSuite(suite, playwrightArgs);
    log(`${suite}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped;
  }
  log(`all suites in ${Math.round((Date.now() - started) / 1000)} s`);
  console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(totals.failed > 0 || totals.passed === 0 ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  console.log("0 passed, 1 failed");
  process.exit(1);
});
