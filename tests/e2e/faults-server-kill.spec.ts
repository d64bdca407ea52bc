import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "./support/test";
import pg from "pg";
import { prepareDatabase } from "../../scripts/prepare-database";
import type { RunningDatabase } from "../../scripts/embedded-postgres";
import { serveArgs } from "../../scripts/serve-command";
import { waitForServer } from "../../scripts/wait-for-server";
import { delegateBody } from "../fixtures/registration";
import { findFreePort } from "../setup/free-port";
import { startSmtpSink, type SmtpSink } from "../setup/smtp-sink";

// `kill -9` of the production server (scripts/serve.ts) in the middle of a burst of registrations
// through the JSON API, then a start again: every 201 answered before the kill is stored, no
// registration is half-written, and every stored registration gets its confirmation: each was queued
// in the outbox with its registration, and the restarted server's worker sends what the dead one
// had not (taking back, once their lease ran out, those it held). Delivery is at least once: a
// message accepted by the relay just before the kill but not yet recorded arrives again under the
// same Message-ID, so each delegate gets exactly one distinct message. On a server, database and SMTP
// relay of its own, so that killing it disturbs no other test.

const EDITION = 2025;
const SESSION = "le-khai-mac";
const ENDPOINT = `/api/v1/editions/${EDITION}/registrations`;
const BURST = 300;
const CONCURRENCY = 12;
const KILL_AFTER_CREATED = 60;
/** How long a worker holds the messages it took (MAIL_LEASE_SECONDS): seconds instead of five minutes. */
const LEASE_SECONDS = 4;
/** Messages one worker sends at once (lib/mail/worker.ts DEFAULT_CONCURRENCY): at most these are in flight at the kill. */
const IN_FLIGHT = 4;

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");

let dataDir: string;
let database: RunningDatabase;
let sink: SmtpSink;
let server: ChildProcess | undefined;
let baseUrl: string;
let serverEnv: NodeJS.ProcessEnv;

function startServer(): ChildProcess {
  return spawn(process.execPath, serveArgs(serverEnv), { cwd: ROOT, env: serverEnv, stdio: "ignore" });
}

async function query<T extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.skip(test.info().project.name !== "desktop", "one server kill is enough");
  test.setTimeout(180_000);
  dataDir = mkdtempSync(path.join(tmpdir(), "qn-portal-kill-"));
  database = await prepareDatabase({ dataDir: path.join(dataDir, "pg"), port: await findFreePort(), log: () => {} });
  await query(`UPDATE sessions SET capacity = 10000, registration_open = true WHERE slug = $1`, [SESSION]);
  sink = await startSmtpSink();
  const port = await findFreePort();
  baseUrl = `http://127.0.0.1:${port}`;
  serverEnv = {
    ...process.env,
    ...sink.env,
    NODE_ENV: "production",
    PORT: String(port),
    DATABASE_URL: database.url,
    PUBLIC_BASE_URL: baseUrl,
    TRUST_PROXY: "0",
    REGISTRATION_RATE_LIMIT: "0",
    MAIL_LEASE_SECONDS: String(LEASE_SECONDS),
    UPLOADS_DIR: path.join(dataDir, "uploads"),
  };
  server = startServer();
  await waitForServer(`${baseUrl}/api/health`, server);
});

test.afterAll(async () => {
  if (server && server.exitCode === null && server.signalCode === null) {
    const exited = new Promise((resolve) => server!.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
  }
  await sink?.close();
  await database?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

test("a server killed mid-burst loses no answered registration, half-writes none, and gets each its one confirmation", async () => {
  test.setTimeout(150_000);
  const answered: { code: string; email: string }[] = [];
  let next = 0;
  let killedAt = 0;
  const exited = new Promise((resolve) => server!.once("exit", resolve));

  const worker = async () => {
    while (next < BURST) {
      const n = next++;
      const email = `bi-ngat-${n}@example.vn`;
      const response = await fetch(`${baseUrl}${ENDPOINT}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(delegateBody(n, [SESSION], { email })),
      }).catch(() => null); // the connection broken by the kill
      if (response && response.status !== 201) expect(response.status, await response.text()).toBe(201);
      // A 201 read after the kill signal still left the server before it died: it counts too.
      const body = response?.status === 201 ? ((await response.json().catch(() => null)) as { code: string } | null) : null;
      if (body) answered.push({ code: body.code, email });
      if (answered.length >= KILL_AFTER_CREATED && !killedAt) {
        killedAt = Date.now();
        server!.kill("SIGKILL");
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  await exited;
  expect(killedAt).toBeGreaterThan(0);

  server = startServer();
  await waitForServer(`${baseUrl}/api/health`, server);
  const restartedIn = Date.now() - killedAt;

  const stored = await query<{ code: string; email: string }>(`SELECT code, email FROM registrations WHERE email LIKE 'bi-ngat-%'`);
  const storedCodes = new Set(stored.map((row) => row.code));
  expect(answered.filter((one) => !storedCodes.has(one.code))).toEqual([]);

  const mismatched = await query(
    `SELECT s.slug FROM sessions s WHERE s.seats_taken + s.invited_seats_taken <>
       (SELECT count(*) FROM seats WHERE seats.session_id = s.id AND seats.status = 'CONFIRMED')`,
  );
  expect(mismatched).toEqual([]);
  expect(await query(`SELECT r.code FROM registrations r WHERE r.status = 'ACTIVE' AND NOT EXISTS (SELECT 1 FROM seats WHERE seats.registration_id = r.id)`)).toEqual([]);

  // Every registration's confirmation leaves; then nothing more.
  const mailedTo = (email: string) => new Set(sink.messages.filter((message) => message.to.includes(email)).map((message) => message.parsed.messageId)).size;
  await expect
    .poll(() => stored.filter((row) => mailedTo(row.email) === 0).length, { timeout: 60_000, intervals: [1_000] })
    .toBe(0);
  const allMailedIn = Date.now() - killedAt;
  await new Promise((resolve) => setTimeout(resolve, (LEASE_SECONDS + 3) * 1000));
  expect(stored.filter((row) => mailedTo(row.email) !== 1).map((row) => `${row.email}: ${mailedTo(row.email)}`)).toEqual([]);
  const ours = sink.messages.filter((message) => message.to.some((to) => to.startsWith("bi-ngat-")));
  const duplicates = ours.length - new Set(ours.map((message) => message.parsed.messageId)).size;
  expect(duplicates).toBeLessThanOrEqual(IN_FLIGHT);
  console.info(
    `[kill -9] ${answered.length} answered 201 before the kill, ${stored.length} stored; server up again ${restartedIn} ms after the kill; ` +
      `every confirmation sent ${allMailedIn} ms after the kill; ${duplicates} sent twice under the same Message-ID`,
  );
});
