import type { ChildProcess } from "node:child_process";
import { delegateBody } from "../fixtures/registration";
import { prepareOwnServer, type OwnServer } from "./support/own-server";
import { expect, test } from "./support/test";

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

let own: OwnServer;
let server: ChildProcess;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  test.skip(test.info().project.name !== "desktop", "one server kill is enough");
  test.setTimeout(180_000);
  own = await prepareOwnServer("kill", async (query) => {
    await query(`UPDATE sessions SET capacity = 10000, registration_open = true WHERE slug = $1`, [SESSION]);
    return { REGISTRATION_RATE_LIMIT: "0", MAIL_LEASE_SECONDS: String(LEASE_SECONDS) };
  });
  server = await own.start();
});

test.afterAll(async () => {
  await own?.stop();
});

test("a server killed mid-burst loses no answered registration, half-writes none, and gets each its one confirmation", async () => {
  test.setTimeout(150_000);
  const answered: { code: string; email: string }[] = [];
  let next = 0;
  let killedAt = 0;
  const exited = new Promise((resolve) => server.once("exit", resolve));

  const worker = async () => {
    while (next < BURST) {
      const n = next++;
      const email = `bi-ngat-${n}@example.vn`;
      const response = await fetch(`${own.baseUrl}${ENDPOINT}`, {
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
        server.kill("SIGKILL");
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  await exited;
  expect(killedAt).toBeGreaterThan(0);

  server = await own.start();
  const restartedIn = Date.now() - killedAt;

  const stored = await own.query<{ code: string; email: string }>(`SELECT code, email FROM registrations WHERE email LIKE 'bi-ngat-%'`);
  const storedCodes = new Set(stored.map((row) => row.code));
  expect(answered.filter((one) => !storedCodes.has(one.code))).toEqual([]);

  const mismatched = await own.query(
    `SELECT s.slug FROM sessions s WHERE s.seats_taken + s.invited_seats_taken <>
       (SELECT count(*) FROM seats WHERE seats.session_id = s.id AND seats.status = 'CONFIRMED')`,
  );
  expect(mismatched).toEqual([]);
  expect(await own.query(`SELECT r.code FROM registrations r WHERE r.status = 'ACTIVE' AND NOT EXISTS (SELECT 1 FROM seats WHERE seats.registration_id = r.id)`)).toEqual([]);

  // Every registration's confirmation leaves; then nothing more.
  const mailedTo = (email: string) => new Set(own.sink.messages.filter((message) => message.to.includes(email)).map((message) => message.parsed.messageId)).size;
  await expect
    .poll(() => stored.filter((row) => mailedTo(row.email) === 0).length, { timeout: 60_000, intervals: [1_000] })
    .toBe(0);
  const allMailedIn = Date.now() - killedAt;
  await new Promise((resolve) => setTimeout(resolve, (LEASE_SECONDS + 3) * 1000));
  expect(stored.filter((row) => mailedTo(row.email) !== 1).map((row) => `${row.email}: ${mailedTo(row.email)}`)).toEqual([]);
  const ours = own.sink.messages.filter((message) => message.to.some((to) => to.startsWith("bi-ngat-")));
  const duplicates = ours.length - new Set(ours.map((message) => message.parsed.messageId)).size;
  expect(duplicates).toBeLessThanOrEqual(IN_FLIGHT);
  console.info(
    `[kill -9] ${answered.length} answered 201 before the kill, ${stored.length} stored; server up again ${restartedIn} ms after the kill; ` +
      `every confirmation sent ${allMailedIn} ms after the kill; ${duplicates} sent twice under the same Message-ID`,
  );
});
