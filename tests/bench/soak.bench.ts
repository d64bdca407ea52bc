import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { createPrismaClient, type Database } from "../../lib/db-client";
import { delegateBody } from "../fixtures/registration";
import { startApp, type RunningApp } from "./serve-app";

// One instance under the opening day's mixed load for a long time: 20 visitors browsing the home page,
// /agenda, a session page, the sessions feed and /exhibition without pause, and a steady stream of
// registrations (8 a second) for the session being browsed, so every seat change expires the page the
// visitors read. Budgets: resident memory ≤ 512 MB at the end and flat over the last five minutes
// (growth < 5 %), p99 of the last minute no worse than the second minute's, no error, and the
// registrations exact (confirmed = seats taken, the rest wait-listed).
//
//   npx tsx tests/bench/soak.bench.ts                 (10 minutes)
//   SOAK_MINUTES=2 npx tsx tests/bench/soak.bench.ts  (a quick look)
//   SOAK_NODE_OPTIONS="--heapsnapshot-signal=SIGUSR2 --diagnostic-dir=/tmp" …   (extra flags for the server only)
//   SOAK_URL=http://localhost:3000 SOAK_DATABASE_URL=postgresql://… SOAK_PID=<server's pid> …
//     (a running server started with REGISTRATION_RATE_LIMIT=0 and PORTAL_CLOCK=2025-09-12T08:00:00+07:00)

const MINUTES = Number(process.env.SOAK_MINUTES ?? 10);
const CONNECTIONS = Number(process.env.SOAK_CONNECTIONS ?? 20);
const REGISTRATIONS_PER_SECOND = Number(process.env.SOAK_REGISTRATIONS_PER_SECOND ?? 8);
const SAMPLE_MS = 30_000;
const SESSION = "hoi-thao-hoi-tu-nguon-luc";
const PAGES = ["/", "/agenda", `/sessions/${SESSION}`, "/api/v1/editions/2025/sessions", "/exhibition"];
// Every registration takes a seat until three quarters of the expected ones are in; the rest wait.
const CAPACITY = Math.max(1, Math.floor(REGISTRATIONS_PER_SECOND * MINUTES * 60 * 0.75));
const BUDGET = { rssMb: 512, flatPercent: 5 };
// The programme's dates are September 2025: the portal is told it is a week before the Week, as npm test
// does, so that the session still takes registrations.
const BEFORE_THE_WEEK = "2025-09-12T08:00:00+07:00";

type Timed = { at: number; ms: number };
type Tally = { pages: Timed[]; errors: Map<string, number>; registrations: { confirmed: number; waitlisted: number; other: number } };

// Idle connections are closed before the server's keep-alive timeout (5 s) would close them under a request.
const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS + 50, timeout: 4_000 });

function request(url: URL, init: { method?: string; body?: string; headers?: Record<string, string | number> } = {}) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const outgoing = http.request(url, { method: init.method ?? "GET", agent, headers: init.headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
      response.on("error", reject);
    });
    outgoing.on("error", reject);
    outgoing.end(init.body);
  });
}

function countError(tally: Tally, what: string) {
  tally.errors.set(what, (tally.errors.get(what) ?? 0) + 1);
}

/** Resident memory of a process and its descendants, in MB (Linux /proc). */
function residentMb(pid: number): number {
  if (!existsSync(`/proc/${pid}/status`)) return NaN; // the server has died: the figures say so
  const own = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    // no such file on older kernels: the portal's server is one process anyway
  }
  return own + children.reduce((sum, child) => sum + residentMb(child), 0);
}

/**
 * Confirmations accepted but not yet written to the outbox: the server's in-memory mail queue, each
 * entry holding its request until the e-mail leaves. Unknown for a server started elsewhere.
 */
function mailBacklog(outbox: string, tally: Tally): string {
  if (process.env.SOAK_URL) return "";
  const { confirmed, waitlisted, other } = tally.registrations;
  const written = readdirSync(outbox).filter((name) => name.endsWith(".eml")).length;
  return `, e-mails written ${written}, waiting ${confirmed + waitlisted + other - written}`;
}

/** One visitor: the five pages in turn, each as soon as the previous one arrived, as a browser does. */
async function browse(baseUrl: string, offset: number, until: number, tally: Tally) {
  for (let n = offset; Date.now() < until; n++) {
    const page = PAGES[n % PAGES.length]!;
    const started = performance.now();
    try {
      const response = await request(new URL(page, baseUrl), { headers: { "accept-encoding": "gzip" } });
      tally.pages.push({ at: Date.now(), ms: performance.now() - started });
      if (response.status !== 200) countError(tally, `${page} ${response.status}`);
    } catch (error) {
      countError(tally, `${page} ${(error as Error).message}`);
    }
  }
}

/** Registrations at a fixed rate, whatever the answers' speed (delegates do not wait for each other). */
async function register(baseUrl: string, until: number, tally: Tally) {
  const url = new URL("/api/v1/editions/2025/registrations", baseUrl);
  const run = Date.now().toString(36);
  const inFlight = new Set<Promise<void>>();
  for (let n = 0; Date.now() < until; n++) {
    const body = JSON.stringify(delegateBody(n, [SESSION], { email: `soak-${run}-${n}@example.vn` }));
    const one = request(url, { method: "POST", body, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } })
      .then((response) => {
        if (response.status !== 201) return countError(tally, `registration ${response.status}`);
        const status = (JSON.parse(response.body) as { seats: { status: string }[] }).seats[0]?.status;
        if (status === "confirmed") tally.registrations.confirmed++;
        else if (status === "waitlisted") tally.registrations.waitlisted++;
        else tally.registrations.other++;
      })
      .catch((error: Error) => countError(tally, `registration ${error.message}`));
    inFlight.add(one);
    void one.finally(() => inFlight.delete(one));
    await new Promise((resolve) => setTimeout(resolve, 1000 / REGISTRATIONS_PER_SECOND));
  }
  await Promise.all(inFlight);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

/** p50/p99 of the page requests answered in each minute of the run. */
function perMinute(pages: Timed[], startedAt: number) {
  const minutes: number[][] = [];
  for (const { at, ms } of pages) (minutes[Math.floor((at - startedAt) / 60_000)] ??= []).push(ms);
  return minutes.map((latencies = []) => {
    const sorted = latencies.sort((a, b) => a - b);
    return { requests: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
  });
}

async function openSession(db: Database) {
  const session = await db.session.findFirstOrThrow({ where: { slug: SESSION, edition: { year: 2025 } }, select: { id: true } });
  await db.seat.deleteMany({ where: { sessionId: session.id } });
  await db.session.update({ where: { id: session.id }, data: { capacity: CAPACITY, registrationOpen: true, seatsTaken: 0 } });
  return session.id;
}

/** The server to load: SOAK_URL with its database and pid, or one started here. */
async function server(outbox: string): Promise<RunningApp> {
  const { SOAK_URL, SOAK_DATABASE_URL, SOAK_PID } = process.env;
  if (SOAK_URL || SOAK_DATABASE_URL || SOAK_PID) {
    if (!SOAK_URL || !SOAK_DATABASE_URL || !SOAK_PID) throw new Error("SOAK_URL, SOAK_DATABASE_URL and SOAK_PID go together");
    return { baseUrl: SOAK_URL, databaseUrl: SOAK_DATABASE_URL, pid: Number(SOAK_PID), stop: async () => {} };
  }
  return startApp({
    distDir: ".next-soak",
    extraEnv: {
      REGISTRATION_RATE_LIMIT: "0",
      MAIL_OUTBOX_DIR: outbox,
      SMTP_HOST: "",
      PORTAL_CLOCK: BEFORE_THE_WEEK,
      ...(process.env.SOAK_NODE_OPTIONS ? { NODE_OPTIONS: process.env.SOAK_NODE_OPTIONS } : {}),
    },
  });
}

async function main() {
  const outbox = mkdtempSync(path.join(tmpdir(), "qn-portal-soak-outbox-"));
  const app = await server(outbox);
  const db = createPrismaClient(app.databaseUrl, { maxConnections: 2 });
  const tally: Tally = { pages: [], errors: new Map(), registrations: { confirmed: 0, waitlisted: 0, other: 0 } };
  const rss: { second: number; mb: number }[] = [];
  try {
    const sessionId = await openSession(db);
    const startedAt = Date.now();
    const until = startedAt + MINUTES * 60_000;
    const sample = () => {
      const mb = residentMb(app.pid);
      rss.push({ second: Math.round((Date.now() - startedAt) / 1000), mb });
      console.log(`  ${String(rss.at(-1)!.second).padStart(5)} s  RSS ${mb.toFixed(0)} MB${mailBacklog(outbox, tally)}`);
    };
    console.log(`soak: ${MINUTES} min, ${CONNECTIONS} visitors on ${PAGES.join(" ")}, ${REGISTRATIONS_PER_SECOND} registrations/s (${CAPACITY} seats)`);
    sample();
    const sampler = setInterval(sample, SAMPLE_MS);
    await Promise.all([
      ...Array.from({ length: CONNECTIONS }, (_, index) => browse(app.baseUrl, index, until, tally)),
      register(app.baseUrl, until, tally),
    ]);
    clearInterval(sampler);
    sample();
    // What stays once the load is gone: the garbage collector has had a quiet moment.
    await new Promise((resolve) => setTimeout(resolve, SAMPLE_MS));
    console.log(`  30 s after the load: RSS ${residentMb(app.pid).toFixed(0)} MB${mailBacklog(outbox, tally)}`);

    const minutes = perMinute(tally.pages, startedAt).slice(0, MINUTES).filter((minute) => minute.requests > 0);
    console.log("\nper minute (page requests):");
    minutes.forEach((minute, index) =>
      console.log(`  minute ${index + 1}: ${minute.requests} requests (${(minute.requests / 60).toFixed(0)}/s), p50 ${minute.p50.toFixed(0)} ms, p99 ${minute.p99.toFixed(0)} ms`),
    );
    const errors = [...tally.errors.values()].reduce((sum, count) => sum + count, 0);
    console.log(`\nerrors: ${errors}${errors ? ` (${[...tally.errors].map(([what, count]) => `${count} × ${what}`).join(", ")})` : ""}`);

    const [seats, session] = await Promise.all([
      db.seat.groupBy({ by: ["status"], where: { sessionId }, _count: true }),
      db.session.findUniqueOrThrow({ where: { id: sessionId }, select: { seatsTaken: true } }),
    ]);
    const counted = Object.fromEntries(seats.map((group) => [group.status, group._count]));
    const { confirmed, waitlisted, other } = tally.registrations;
    const accepted = confirmed + waitlisted + other;
    const registrationsExact =
      other === 0 &&
      confirmed === Math.min(CAPACITY, accepted) &&
      counted.CONFIRMED === confirmed &&
      (counted.WAITLISTED ?? 0) === waitlisted &&
      session.seatsTaken === confirmed;
    console.log(`registrations: ${accepted} accepted, ${confirmed} confirmed + ${waitlisted} wait-listed (answers) for ${CAPACITY} seats`);
    console.log(`  in the database: ${counted.CONFIRMED ?? 0} confirmed, ${counted.WAITLISTED ?? 0} wait-listed, seats_taken ${session.seatsTaken}: ${registrationsExact ? "exact" : "NOT exact"}`);

    const last = rss.at(-1)!.mb;
    const fiveMinutesBefore = rss.findLast((point) => point.second <= rss.at(-1)!.second - Math.min(300, (MINUTES * 60) / 2)) ?? rss[0]!;
    const growth = ((last - fiveMinutesBefore.mb) / fiveMinutesBefore.mb) * 100;
    const second = minutes[1] ?? minutes[0]!;
    const lastMinute = minutes.at(-1)!;
    const met = last <= BUDGET.rssMb && growth < BUDGET.flatPercent && lastMinute.p99 <= second.p99 && errors === 0 && registrationsExact;
    console.log(`\nbudgets:`);
    console.log(`  RSS at the end ${last.toFixed(0)} MB (≤ ${BUDGET.rssMb}); since ${fiveMinutesBefore.second} s ${growth >= 0 ? "+" : ""}${growth.toFixed(1)} % (< ${BUDGET.flatPercent} %)`);
    console.log(`  p99 last minute ${lastMinute.p99.toFixed(0)} ms vs second minute ${second.p99.toFixed(0)} ms`);
    console.log(`  ${met ? "met" : "NOT met"}`);
    process.exitCode = met ? 0 : 1;
  } finally {
    agent.destroy();
    await db.$disconnect();
    await app.stop();
    rmSync(outbox, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
