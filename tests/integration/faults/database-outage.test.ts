import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type RunningDatabase } from "../../../scripts/embedded-postgres";
import { prepareDatabase } from "../../../scripts/prepare-database";
import { delegateInput } from "../../fixtures/registration";
import { findFreePort } from "../../setup/free-port";
import { FAULT_EDITION, FAULT_SESSION, halfWrittenRegistrations } from "./helpers";

// PostgreSQL stops for ten seconds in the middle of a stream of registrations and health checks, on
// a server of its own (the shared test server stays up for the other files): the portal says so on
// /api/health, answers every request within ten seconds, needs no restart once the database is back,
// and no registration is left half-written.

const OUTAGE_MS = 10_000;
const WORKERS = 6;
const REQUEST_LIMIT_MS = 10_000;

let dataDir: string;
let port: number;
let server: RunningDatabase | undefined;
let app: {
  db: typeof import("@/lib/db").db;
  health: typeof import("@/app/api/health/route").GET;
  registerDelegate: typeof import("@/lib/registration/delegate-store").registerDelegate;
};

type Outcome = { at: number; ms: number; ok: boolean };

async function timed(work: () => Promise<unknown>, started: number): Promise<Outcome> {
  const at = Date.now();
  const ok = await work().then(
    () => true,
    () => false,
  );
  return { at: at - started, ms: Date.now() - at, ok };
}

async function startServer(): Promise<RunningDatabase> {
  return startEmbeddedPostgres({ dataDir: path.join(dataDir, "pg"), port, database: "portal", persistent: true });
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "qn-portal-outage-"));
  port = await findFreePort();
  server = await prepareDatabase({ dataDir: path.join(dataDir, "pg"), port, log: () => {} });
  Object.assign(process.env, {
    DATABASE_URL: server.url,
    TICKET_SIGNING_SECRET: "integration-ticket-secret-0123456789abcdef",
    AUTH_SECRET: "integration-auth-secret-0123456789abcdef",
    SMTP_HOST: "",
    MAIL_OUTBOX_DIR: path.join(dataDir, "outbox"),
  });
  const [{ db }, { GET }, { registerDelegate }] = await Promise.all([
    import("@/lib/db"),
    import("@/app/api/health/route"),
    import("@/lib/registration/delegate-store"),
  ]);
  app = { db, health: GET, registerDelegate };
  await db.session.updateMany({ where: { slug: FAULT_SESSION, edition: { year: FAULT_EDITION } }, data: { capacity: 100_000, registrationOpen: true } });
}, 120_000);

afterAll(async () => {
  await app?.db.$disconnect();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("PostgreSQL stopped for ten seconds under load", () => {
  it("is reported by /api/health, answered within ten seconds, and recovered from without a restart or a half-written registration", async () => {
    const started = Date.now();
    const registrations: Outcome[] = [];
    const health: (Outcome & { status: number; db: string })[] = [];
    let running = true;
    let n = 0;

    const worker = async () => {
      while (running) {
        const input = delegateInput(n++, [FAULT_SESSION]);
        const outcome = await timed(() => app.registerDelegate(app.db, { year: FAULT_EDITION, input, noticeVersion: "outage" }), started);
        registrations.push(outcome);
        if (!outcome.ok) await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    const poll = async () => {
      while (running) {
        const at = Date.now();
        const response = await app.health();
        const body = (await response.json()) as { db: string };
        health.push({ at: at - started, ms: Date.now() - at, ok: response.status === 200, status: response.status, db: body.db });
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    };
    const load = [...Array.from({ length: WORKERS }, worker), poll()];

    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await server!.stop();
    const stoppedAt = Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS));
    // PostgreSQL accepts connections before startServer() has returned: the outage ends when it begins.
    const restartBeganAt = Date.now() - started;
    server = await startServer();
    const restartedAt = Date.now() - started;
    // Until the portal answers healthy again, then a few more seconds of registrations.
    const deadline = Date.now() + 30_000;
    while (!health.some((check) => check.ok && check.at > restartedAt) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const recovered = health.find((check) => check.ok && check.at > restartedAt);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    running = false;
    await Promise.all(load);

    const duringOutage = health.filter((check) => check.at > stoppedAt + 500 && check.at + check.ms < restartBeganAt);
    const registeredAfter = registrations.filter((outcome) => outcome.ok && recovered && outcome.at > recovered.at);
    const slowest = Math.max(...registrations.map((outcome) => outcome.ms), ...health.map((check) => check.ms));
    console.info(
      `[outage] ${registrations.filter((outcome) => outcome.ok).length} registrations, ${registrations.filter((outcome) => !outcome.ok).length} refused; ` +
        `healthy again ${recovered ? recovered.at - restartedAt : "never"} ms after PostgreSQL was back; slowest answer ${slowest} ms`,
    );

    expect(duringOutage.length).toBeGreaterThan(5);
    for (const check of duringOutage) expect(check).toMatchObject({ status: 503, db: "down" });
    expect(recovered, "healthy again without a restart").toBeDefined();
    expect(registeredAfter.length).toBeGreaterThan(0);
    expect(slowest).toBeLessThan(REQUEST_LIMIT_MS);
    expect(await halfWrittenRegistrations(app.db)).toEqual([]);
  }, 90_000);
});
