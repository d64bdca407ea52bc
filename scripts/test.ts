import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { findFreePort } from "../tests/setup/free-port";
import { ephemeralSecrets } from "./local-secrets";
import { isBuildStale } from "./next-build-state";
import { serveArgs } from "./serve-command";
import { startTopology, type Topology } from "./topology-parts";
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
const SUITES = ["typecheck", "unit", "integration", "e2e", "topology"] as const;
type Suite = (typeof SUITES)[number];
/** `failures` names each failure, for the summary at the end of the run. */
type Counts = { passed: number; failed: number; skipped: number; failures: string[] };

/** One failure that no test report names: a build, a server or a tool that did not get as far as the tests. */
const failedBefore = (what: string): Counts => ({ passed: 0, failed: 1, skipped: 0, failures: [what] });

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
  if ((exitCode !== 0 || ranNothing) && counts.failed === 0) {
    return { ...counts, failed: 1, failures: [ranNothing ? `no test ran (exit code ${exitCode})` : `exit code ${exitCode} with no failed test reported`] };
  }
  return counts;
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
  const failures = vitestFailures(report);
  const counts = {
    passed: Number(report?.numPassedTests ?? 0),
    // Counted from the files: one that fails to load runs no test, and the report's own count misses it.
    failed: failures.length,
    skipped: Number(report?.numPendingTests ?? 0) + Number(report?.numTodoTests ?? 0),
    failures,
  };
  return failOnSilentCrash(code, counts);
}

type VitestFile = { name: string; status: string; message?: string; assertionResults?: { status: string; fullName: string }[] };

/** "file › test" of each failed test, and each file that failed before its tests ran. */
function vitestFailures(report: Record<string, unknown> | undefined): string[] {
  const files = (report?.testResults ?? []) as VitestFile[];
  return files.flatMap((file) => {
    const name = path.relative(ROOT, file.name);
    const failed = (file.assertionResults ?? []).filter((test) => test.status === "failed");
    if (failed.length === 0 && file.status === "failed") return [`${name} › ${file.message?.split("\n")[0] ?? "failed to load"}`];
    return failed.map((test) => `${name} › ${test.fullName}`);
  });
}

/** A fresh seeded database, the environment of a production server on it, and the build it serves. */
async function prepareServerRun(name: string, publicPort: number) {
  const dataDir = mkdtempSync(path.join(tmpdir(), `qn-portal-${name}-`));
  const database = await prepareDatabase({ dataDir: path.join(dataDir, "pg"), port: await findFreePort(), log: console.log });
  const baseUrl = `http://localhost:${publicPort}`;
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
  const cleanUp = async () => {
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  if (isBuildStale(ROOT, E2E_DIST_DIR)) {
    log("building the portal for the browser tests");
    if ((await run(process.execPath, [bin("next/dist/bin/next"), "build"], { ...env, NODE_ENV: "production" })) !== 0) {
      await cleanUp();
      return null;
    }
  }
  return { dataDir, baseUrl, env, cleanUp };
}

function startServer(port: number, env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, serveArgs(env), { cwd: ROOT, env: { ...env, NODE_ENV: "production", PORT: String(port) }, stdio: "inherit" });
}

async function stopServer(server: ChildProcess | undefined) {
  if (!server || server.exitCode !== null || server.signalCode !== null) return;
  server.kill("SIGTERM");
  await exitOf(server);
}

async function runPlaywright(config: string, report: string, playwrightArgs: string[], env: NodeJS.ProcessEnv): Promise<Counts> {
  const output = path.join(RESULTS, report);
  rmSync(output, { force: true });
  const code = await run(process.execPath, [bin("@playwright/test/cli.js"), "test", "-c", config, ...playwrightArgs], env);
  const results = readJson(output);
  const stats = (results?.stats ?? {}) as Record<string, number>;
  const counts = {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: stats.unexpected ?? 0,
    skipped: stats.skipped ?? 0,
    failures: playwrightFailures(results),
  };
  return failOnSilentCrash(code, counts);
}

type PlaywrightSuite = {
  suites?: PlaywrightSuite[];
  specs?: { title: string; file: string; tests: { projectName: string; status: string }[] }[];
};

/** "file › test [project]" of each test that failed on every retry. */
function playwrightFailures(report: Record<string, unknown> | undefined): string[] {
  const walk = (suite: PlaywrightSuite): string[] => [
    ...(suite.specs ?? []).flatMap((spec) =>
      spec.tests.filter((test) => test.status === "unexpected").map((test) => `${spec.file} › ${spec.title} [${test.projectName}]`),
    ),
    ...(suite.suites ?? []).flatMap(walk),
  ];
  return ((report?.suites ?? []) as PlaywrightSuite[]).flatMap(walk);
}

async function runEndToEnd(playwrightArgs: string[]): Promise<Counts> {
  const port = await findFreePort();
  const prepared = await prepareServerRun("e2e", port);
  if (!prepared) return failedBefore("the portal's build");
  // The server stands in for an instance behind the proxy, so that each test can be a client of its
  // own through X-Forwarded-For (rate limits and the sign-in throttle count per address).
  const env = { ...prepared.env, TRUST_PROXY: "1" };
  let server: ChildProcess | undefined;
  try {
    server = startServer(port, env);
    await waitForServer(`${prepared.baseUrl}/api/health`, server);
    return await runPlaywright("tests/playwright.config.ts", "e2e.json", playwrightArgs, { ...env, E2E_BASE_URL: prepared.baseUrl });
  } finally {
    await stopServer(server);
    await prepared.cleanUp();
  }
}

/**
 * The production topology (deploy/nginx in front of two instances) on a database of its own, and one
 * more instance with nothing in front, as a plain `npm start` serves.
 */
async function runTopologyTests(playwrightArgs: string[]): Promise<Counts> {
  const port = await findFreePort();
  const prepared = await prepareServerRun("topology", port);
  if (!prepared) return failedBefore("the portal's build");
  const env = { ...prepared.env, REGISTRATION_RATE_LIMIT: "3" };
  let topology: Topology | undefined;
  let plain: ChildProcess | undefined;
  try {
    const instancePorts = [await findFreePort(), await findFreePort()] as const;
    topology = await startTopology({ port, instancePorts, env, runtimeDir: path.join(prepared.dataDir, "nginx"), log: (part, line) => console.log(`[${part}] ${line}`) });
    const plainPort = await findFreePort();
    plain = startServer(plainPort, { ...env, TRUST_PROXY: "0" });
    await waitForServer(`http://127.0.0.1:${plainPort}/api/health`, plain);
    return await runPlaywright("tests/playwright.topology.config.ts", "topology.json", playwrightArgs, {
      ...env,
      E2E_BASE_URL: topology.baseUrl,
      PLAIN_INSTANCE_URL: `http://127.0.0.1:${plainPort}`,
      TOPOLOGY_INSTANCES: JSON.stringify(topology.instances.map((instance) => ({ port: instance.port, pid: instance.process.pid }))),
    });
  } finally {
    await stopServer(plain);
    await topology?.stop();
    await prepared.cleanUp();
  }
}

async function runSuite(suite: Suite, playwrightArgs: string[]): Promise<Counts> {
  log(`${suite}…`);
  switch (suite) {
    case "typecheck": {
      const code = await run(process.execPath, [bin("typescript/bin/tsc"), "--noEmit"]);
      return code === 0 ? { passed: 1, failed: 0, skipped: 0, failures: [] } : failedBefore("tsc --noEmit");
    }
    case "unit":
    case "integration":
      return runVitest(suite);
    case "e2e":
      return runEndToEnd(playwrightArgs);
    case "topology":
      return runTopologyTests(playwrightArgs);
  }
}

async function main() {
  const requested = process.argv.slice(2).filter((arg): arg is Suite => (SUITES as readonly string[]).includes(arg));
  const suites = requested.length > 0 ? requested : [...SUITES];
  // Anything else goes to Playwright: `npm test -- e2e registration` runs the specs whose path matches.
  const playwrightArgs = process.argv.slice(2).filter((arg) => !(SUITES as readonly string[]).includes(arg));
  const totals: Counts = { passed: 0, failed: 0, skipped: 0, failures: [] };
  const started = Date.now();
  for (const suite of suites) {
    const counts = await runSuite(suite, playwrightArgs);
    log(`${suite}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped;
    totals.failures.push(...counts.failures.map((failure) => `${suite}: ${failure}`));
  }
  log(`all suites in ${Math.round((Date.now() - started) / 1000)} s`);
  // Repeated last, so that a log cut to its tail still names what failed.
  for (const failure of totals.failures) console.log(`failed: ${failure}`);
  console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(totals.failed > 0 || totals.passed === 0 ? 1 : 0);
}

main().catch((error: unknown) => {
  console.error(error);
  console.log("0 passed, 1 failed");
  process.exit(1);
});
