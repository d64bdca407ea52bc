import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { createPrismaClient, type Database } from "../../lib/db-client";
import { delegateBody } from "../fixtures/registration";
import { startApp } from "./serve-app";

// Speed goal: 1,000 registrations through the JSON API of `next start`, 50 at a time, for a
// session with 800 seats: at least 200 registrations/s, p95 at most 250 ms, and exactly 800
// confirmed and 200 wait-listed. Confirmation e-mails are written to a throw-away outbox as in
// development, so the server does all the work it does in production but the SMTP round trip.
// 50 workers on keep-alive connections (node:http; autocannon opens 50 fresh connections at the
// start of each run, and their set-up showed as a second of latency for the first requests).
//
//   npx tsx tests/bench/registration.bench.ts
//   npx tsx tests/bench/registration.bench.ts --url http://localhost:3000 --database-url postgresql://…
//     (a running server started with REGISTRATION_RATE_LIMIT=0; the session's seats are reset first)

const SESSION = "hoi-thao-hoi-tu-nguon-luc";
const WARM_UP_SESSION = "toa-dam-hien-ke";
const CAPACITY = 800;
const REGISTRATIONS = 1000;
const CONCURRENCY = 50;
const WARM_UP = 1000;
const GOALS = { perSecond: 200, p95: 250 };

type Tally = { statuses: Map<number, number>; confirmed: number; waitlisted: number; positions: number[]; latencies: number[] };

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function openSession(db: Database) {
  const session = await db.session.findFirstOrThrow({ where: { slug: SESSION, edition: { year: 2025 } }, select: { id: true } });
  await db.seat.deleteMany({ where: { sessionId: session.id } });
  await db.session.update({ where: { id: session.id }, data: { capacity: CAPACITY, registrationOpen: true, seatsTaken: 0 } });
  return session.id;
}

/** One keep-alive connection per worker, reused from the warm-up on: 50 delegates at their browsers. */
const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });

function post(url: URL, body: string): Promise<{ status: number; body: string; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: "POST", agent, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            body: Buffer.concat(chunks).toString("utf8"),
            ms: performance.now() - started,
          }),
        );
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

/** Fires `amount` registrations, `CONCURRENCY` at a time, each with its own e-mail address. */
async function fire(baseUrl: string, amount: number, session: string, run: string): Promise<Tally & { seconds: number }> {
  const tally: Tally = { statuses: new Map(), confirmed: 0, waitlisted: 0, positions: [], latencies: [] };
  const url = new URL("/api/v1/editions/2025/registrations", baseUrl);
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < amount) {
      const n = next++;
      const response = await post(url, JSON.stringify(delegateBody(n, [session], { email: `bench-${run}-${n}@example.vn` })));
      tally.latencies.push(response.ms);
      tally.statuses.set(response.status, (tally.statuses.get(response.status) ?? 0) + 1);
      if (response.status !== 201) continue;
      const seat = (JSON.parse(response.body) as { seats: { status: string; waitlistPosition?: number }[] }).seats[0];
      if (seat?.status === "confirmed") tally.confirmed++;
      if (seat?.status === "waitlisted") {
        tally.waitlisted++;
        tally.positions.push(seat.waitlistPosition ?? 0);
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { ...tally, seconds: (performance.now() - started) / 1000 };
}

async function main() {
  const externalUrl = option("url");
  const externalDatabase = option("database-url");
  if (Boolean(externalUrl) !== Boolean(externalDatabase)) throw new Error("--url and --database-url go together");
  const outbox = mkdtempSync(path.join(tmpdir(), "qn-portal-bench-outbox-"));
  const app = externalUrl
    ? undefined
    : await startApp({
        distDir: ".next-test-bench-registration",
        extraEnv: { REGISTRATION_RATE_LIMIT: "0", MAIL_OUTBOX_DIR: outbox, SMTP_HOST: "" },
      });
  const baseUrl = externalUrl ?? app!.baseUrl;
  const db = createPrismaClient(externalDatabase ?? app!.databaseUrl, { maxConnections: 2 });
  try {
    const sessionId = await openSession(db);
    const run = Date.now().toString(36);
    // JIT (a fresh server needs about a thousand requests), connection pools and the keep-alive
    // connections warm up on another session first.
    const warmUp = await fire(baseUrl, WARM_UP, WARM_UP_SESSION, `${run}-warm`);

    const result = await fire(baseUrl, REGISTRATIONS, SESSION, run);
    const [seats, session] = await Promise.all([
      db.seat.groupBy({ by: ["status"], where: { sessionId }, _count: true }),
      db.session.findUniqueOrThrow({ where: { id: sessionId }, select: { seatsTaken: true } }),
    ]);
    const counted = Object.fromEntries(seats.map((group) => [group.status, group._count]));
    const sorted = [...result.latencies].sort((a, b) => a - b);
    const perSecond = (result.statuses.get(201) ?? 0) / result.seconds;
    const p95 = percentile(sorted, 95);
    const positions = [...result.positions].sort((a, b) => a - b);
    const positionsContiguous = positions.every((position, index) => position === index + 1);
    const countsExact =
      counted.CONFIRMED === CAPACITY && counted.WAITLISTED === REGISTRATIONS - CAPACITY && session.seatsTaken === CAPACITY;

    const warmUpSorted = [...warmUp.latencies].sort((a, b) => a - b);
    console.log(
      `\nwarm-up: ${WARM_UP} registrations at ${WARM_UP_SESSION}, ${(WARM_UP / warmUp.seconds).toFixed(0)}/s, p95 ${percentile(warmUpSorted, 95).toFixed(0)} ms`,
    );
    console.log(`${REGISTRATIONS} registrations, ${CONCURRENCY} at a time, session of ${CAPACITY} seats`);
    console.log(`  responses          ${[...result.statuses].map(([status, count]) => `${count} × ${status}`).join(", ")}`);
    console.log(
      `  registrations/s    ${perSecond.toFixed(0)}   (goal ≥ ${GOALS.perSecond}; ${result.seconds.toFixed(2)} s in all)`,
    );
    const ms = (value: number | undefined) => `${(value ?? NaN).toFixed(0)} ms`;
    console.log(
      `  latency            p50 ${ms(percentile(sorted, 50))}, p95 ${ms(p95)}, p99 ${ms(percentile(sorted, 99))}, max ${ms(sorted.at(-1))}   (goal p95 ≤ ${GOALS.p95} ms)`,
    );
    console.log(
      `  answered           ${result.confirmed} confirmed, ${result.waitlisted} wait-listed (positions 1…${positions.length}${positionsContiguous ? ", contiguous" : ", NOT contiguous"})`,
    );
    console.log(
      `  in the database    ${counted.CONFIRMED ?? 0} confirmed, ${counted.WAITLISTED ?? 0} wait-listed, seats_taken ${session.seatsTaken}`,
    );
    const met =
      perSecond >= GOALS.perSecond &&
      p95 <= GOALS.p95 &&
      countsExact &&
      positionsContiguous &&
      result.statuses.get(201) === REGISTRATIONS;
    console.log(`  goals              ${met ? "met" : "NOT met"}`);
    process.exitCode = met ? 0 : 1;
  } finally {
    agent.destroy();
    await db.$disconnect();
    await app?.stop();
    rmSync(outbox, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
