import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import { ephemeralSecrets } from "../../scripts/local-secrets";
import { isBuildStale } from "../../scripts/next-build-state";
import { prepareDatabase } from "../../scripts/prepare-database";
import { startTopology } from "../../scripts/topology-parts";
import { findFreePort } from "../setup/free-port";
import { compareWithBareServer, describeComparison } from "./throughput";

// /agenda through the production topology (nginx with its micro-cache in front of two instances)
// against a bare Node server sending the same gzipped bytes, at 50 connections (goal: ratio ≥ 0.33 and
// p99 < 50 ms); and at the origin, one instance with identity bytes against a bare server (compare
// with framework-floor.bench.ts run beside it: the portal's ratio ≥ 0.8 × the floor's).
// Run: npx tsx tests/bench/topology.bench.ts [seconds] — BENCH_DIST_DIR=.next-<branch> reuses a build.

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const DIST_DIR = process.env.BENCH_DIST_DIR ?? ".next-bench";
const seconds = Number(process.argv[2] ?? 15);

async function main() {
  const dataDir = mkdtempSync(path.join(tmpdir(), "qn-portal-topology-bench-"));
  const database = await prepareDatabase({ dataDir: path.join(dataDir, "pg"), port: await findFreePort(), log: () => {} });
  const port = await findFreePort();
  const env = {
    ...process.env,
    ...ephemeralSecrets(),
    DATABASE_URL: database.url,
    PUBLIC_BASE_URL: `http://localhost:${port}`,
    NEXT_DIST_DIR: DIST_DIR,
    NEXT_TELEMETRY_DISABLED: "1",
    REGISTRATION_RATE_LIMIT: "0",
    // The server refuses to keep mail in a folder unless told to (lib/mail/settings.ts).
    MAIL_OUTBOX_DIR: path.join(dataDir, "outbox"),
  };
  if (isBuildStale(ROOT, DIST_DIR)) {
    const build = spawn(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "build"], { cwd: ROOT, env: { ...env, NODE_ENV: "production" }, stdio: "inherit" });
    if ((await new Promise<number>((resolve) => build.on("exit", (code) => resolve(code ?? 1)))) !== 0) throw new Error("next build failed");
  }
  const topology = await startTopology({
    port,
    instancePorts: [await findFreePort(), await findFreePort()],
    env,
    runtimeDir: path.join(dataDir, "nginx"),
  });
  // Timings on a shared machine mean little without how busy it was.
  const load = () => loadavg().map((value) => value.toFixed(2)).join(" ");
  try {
    console.log(`load average before: ${load()}`);
    const proxied = await compareWithBareServer(`${topology.baseUrl}/agenda`, seconds, { sameEncoding: true });
    console.log(`through nginx (gzip, ${proxied.htmlBytes} bytes), load average after: ${load()}`);
    for (const line of describeComparison(proxied)) console.log(`  ${line}`);
    const origin = await compareWithBareServer(`http://127.0.0.1:${topology.instances[0]!.port}/agenda`, seconds);
    console.log(`one instance, no proxy (identity, ${origin.htmlBytes} bytes): ratio ${origin.ratio.toFixed(2)}, p99 ${origin.next.p99} ms, load average after: ${load()}`);
    console.log("  compare with the floor's ratio from framework-floor.bench.ts: goal ≥ 0.8 × floor");
  } finally {
    await topology.stop();
    await database.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
