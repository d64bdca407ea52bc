import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { delegateInput } from "../../fixtures/registration";
import { findFreePort } from "../../setup/free-port";
import { sendQueuedMail } from "../../setup/mail-worker";
import { startSmtpSink, type SmtpSink } from "../../setup/smtp-sink";
import { useServerEnv } from "../../setup/server-env";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";
import { FAULT_EDITION, FAULT_SESSION } from "./helpers";

// A burst of registrations while the mail relay first refuses everything for now (451), then cannot
// be reached at all: every confirmation stays in the outbox, waiting longer after each failure, and
// each leaves exactly once when the relay is back. Over real SMTP, through the outbox worker.

const REFUSED = 30;
const UNREACHABLE = 40;

let database: TestDatabase;
let sink: SmtpSink;
let service: typeof import("@/lib/registration/delegate-store");
let mail: typeof import("@/lib/mail/send");

/** Registers `count` delegates at once (each confirmation queued with its registration), then lets the worker try. */
async function burst(from: number, count: number): Promise<{ id: string; email: string }[]> {
  const created = await Promise.all(
    Array.from({ length: count }, async (_, k) => {
      const input = delegateInput(from + k, [FAULT_SESSION]);
      const result = await service.registerDelegate(database.db, { year: FAULT_EDITION, input, noticeVersion: "smtp-outage" });
      if (result.status !== "created") throw new Error(`expected a new registration, got ${result.status}`);
      return { id: result.registration.id, email: input.email };
    }),
  );
  await sendQueuedMail(database.db);
  return created;
}

async function outboxOf(delegates: { id: string }[]) {
  return database.db.outboxMessage.findMany({ where: { registrationId: { in: delegates.map((one) => one.id) } } });
}

beforeAll(async () => {
  database = await createTestDatabase("seeded");
  sink = await startSmtpSink();
  useServerEnv(database.url, sink.env);
  [service, mail] = await Promise.all([import("@/lib/registration/delegate-store"), import("@/lib/mail/send")]);
  await database.db.session.updateMany({ where: { slug: FAULT_SESSION, edition: { year: FAULT_EDITION } }, data: { capacity: 10_000, registrationOpen: true } });
});

afterAll(async () => {
  mail?.closeMailTransports();
  await sink?.close();
  await database?.drop();
});

describe("the mail relay refusing, then down, during a burst of registrations", () => {
  it("loses no confirmation, waits longer after each failure, and sends each exactly once when the relay is back", async () => {
    const started = Date.now();
    sink.refuseForNow(true);
    const refused = await burst(0, REFUSED);
    process.env.SMTP_PORT = String(await findFreePort()); // nobody listens there
    const unreachable = await burst(REFUSED, UNREACHABLE).finally(() => Object.assign(process.env, sink.env));
    sink.refuseForNow(false);
    expect(sink.messages).toHaveLength(0);
    const delegates = [...refused, ...unreachable];

    // Each was tried once and waits (30 s after a first failure) with the reason, never the body.
    const waiting = await outboxOf(delegates);
    expect(waiting).toHaveLength(delegates.length);
    for (const row of waiting) {
      expect(row).toMatchObject({ status: "QUEUED", attempts: 1, lockedBy: null });
      expect(row.nextAttemptAt.getTime() - started).toBeGreaterThanOrEqual(30_000);
    }
    expect(waiting.filter((row) => row.lastError?.startsWith("451 ")).length).toBe(REFUSED);
    expect(waiting.filter((row) => row.lastError?.includes("ECONNREFUSED")).length).toBe(UNREACHABLE);
    // Not due yet: the worker leaves them alone.
    await sendQueuedMail(database.db);
    expect(sink.messages).toHaveLength(0);

    // The wait is over.
    await database.db.outboxMessage.updateMany({ where: { status: "QUEUED" }, data: { nextAttemptAt: new Date() } });
    await sendQueuedMail(database.db);
    for (const delegate of delegates) {
      expect(sink.messages.filter((message) => message.to.includes(delegate.email.toLowerCase())), delegate.email).toHaveLength(1);
    }
    expect((await outboxOf(delegates)).every((row) => row.status === "SENT" && row.attempts === 2)).toBe(true);
    expect(await database.db.registration.count({ where: { id: { in: delegates.map((one) => one.id) }, confirmationMailedAt: null } })).toBe(0);
  }, 120_000);
});
