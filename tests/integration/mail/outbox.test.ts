import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MailWorkerOptions } from "@/lib/mail/worker";
import { startSmtpSink, type SmtpSink } from "../../setup/smtp-sink";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";

// The outbox and its worker on their own, over real PostgreSQL and a real SMTP sink: a message
// exists exactly when the change that queued it commits, failures wait longer each time and end as
// failed, an organiser's retry sends it, and two workers never send the same message.

const FROM = '"Tuần lễ ĐMST & CĐS Quảng Ngãi" <no-reply@tuanle.example.vn>';

let database: TestDatabase;
let sink: SmtpSink;
let store: typeof import("@/lib/mail/store");
let worker: typeof import("@/lib/mail/worker");
let stored: typeof import("@/lib/mail/stored");
let send: typeof import("@/lib/mail/send");
let kinds: typeof import("@/lib/mail/kinds");
let queued = 0;

function makeWorker(options: Partial<MailWorkerOptions> = {}) {
  return worker.createMailWorker({
    database: database.db,
    renderers: stored.storedMailRenderers(kinds.MAIL_KINDS),
    ...options,
  });
}

async function drain(options: Partial<MailWorkerOptions> = {}) {
  const one = makeWorker(options);
  while ((await one.runOnce()) > 0);
}

/** Queues `count` messages in one transaction; returns their recipients. */
async function queue(count: number, writer: Parameters<typeof store.queueRenderedMail>[0] = database.db): Promise<string[]> {
  const recipients = Array.from({ length: count }, () => `nguoi-nhan-${queued++}@example.vn`);
  for (const to of recipients) {
    await store.queueRenderedMail(writer, "press.rejected", { to, subject: "Kết quả đăng ký tác nghiệp", text: "Nội dung riêng tư", html: "<p>Nội dung riêng tư</p>" });
  }
  return recipients;
}

async function rowOf(to: string) {
  return database.db.outboxMessage.findFirstOrThrow({ where: { recipient: to } });
}

beforeAll(async () => {
  database = await createTestDatabase("migrated");
  sink = await startSmtpSink();
  Object.assign(process.env, sink.env, { MAIL_FROM: FROM });
  [store, worker, stored, send, kinds] = await Promise.all([
    import("@/lib/mail/store"),
    import("@/lib/mail/worker"),
    import("@/lib/mail/stored"),
    import("@/lib/mail/send"),
    import("@/lib/mail/kinds"),
  ]);
});

afterAll(async () => {
  send?.closeMailTransports();
  await sink?.close();
  await database?.drop();
});

describe("queueing in the transaction of the change", () => {
  it("sends nothing for a change rolled back, and the message of a committed one", async () => {
    let rolledBack: string[] = [];
    await expect(
      database.db.$transaction(async (tx) => {
        rolledBack = await queue(1, tx);
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    const [committed] = await database.db.$transaction((tx) => queue(1, tx));
    await drain();
    expect(sink.messages.map((message) => message.to[0])).toEqual([committed]);
    expect(await database.db.outboxMessage.count({ where: { recipient: rolledBack[0] } })).toBe(0);
    const row = await rowOf(committed!);
    expect(row).toMatchObject({ status: "SENT", attempts: 1, lockedBy: null, sentAt: expect.any(Date) });
    expect(sink.messages[0]!.parsed.messageId).toBe(kinds.outboxMessageId(row.id, FROM));
  });

  it("wakes a listening worker at commit, without waiting for its poll", async () => {
    const listening = makeWorker({ connectionString: database.url, pollMs: 60_000 });
    const stop = listening.start();
    try {
      await new Promise((resolve) => setTimeout(resolve, 500)); // connected and listening
      const [to] = await queue(1);
      const started = Date.now();
      await sink.waitFor(to!, { timeoutMs: 5_000 });
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      await stop();
    }
  });
});

describe("failures", () => {
  it("wait longer after each failure, end as failed after the last attempt, and leave again on retry", async () => {
    const logged: string[] = [];
    const [to] = await queue(1);
    const options = { maxAttempts: 3, retryBaseMs: 10_000, log: { error: (...line: unknown[]) => void logged.push(JSON.stringify(line)) } };
    sink.refuseForNow(true);
    const waits: number[] = [];
    try {
      for (let attempt = 1; attempt <= 3; attempt++) {
        const before = Date.now();
        await drain(options);
        const row = await rowOf(to!);
        expect(row.attempts).toBe(attempt);
        expect(row.lastError).toMatch(/^451 /);
        if (attempt < 3) {
          expect(row.status).toBe("QUEUED");
          waits.push(row.nextAttemptAt.getTime() - before);
          await drain(options); // not due yet: nothing happens
          expect((await rowOf(to!)).attempts).toBe(attempt);
          await database.db.outboxMessage.update({ where: { id: row.id }, data: { nextAttemptAt: new Date() } });
        } else expect(row.status).toBe("FAILED");
      }
    } finally {
      sink.refuseForNow(false);
    }
    // 10 s, then 20 s (and the clock ran a little during each attempt).
    expect(waits[0]).toBeGreaterThanOrEqual(10_000);
    expect(waits[0]).toBeLessThan(20_000);
    expect(waits[1]).toBeGreaterThanOrEqual(20_000);
    // The log names the message, never its content.
    const row = await rowOf(to!);
    expect(logged.join("\n")).toContain(row.id);
    expect(logged.join("\n")).not.toContain("Nội dung riêng tư");
    expect(logged.join("\n")).not.toContain(to);

    expect(await store.retryFailedMail(database.db, row.id)).toBe(true);
    expect(await store.retryFailedMail(database.db, row.id)).toBe(false);
    await drain(options);
    expect(await rowOf(to!)).toMatchObject({ status: "SENT", attempts: 1, lastError: null });
    expect(sink.messages.filter((message) => message.to.includes(to!))).toHaveLength(1);
  });
});

describe("several workers", () => {
  it("never send the same message twice", async () => {
    const recipients = await queue(80);
    const before = sink.messages.length;
    await Promise.all([drain({ batchSize: 3 }), drain({ batchSize: 3 }), drain({ batchSize: 3 })]);
    const arrived = sink.messages.slice(before);
    expect(arrived).toHaveLength(recipients.length);
    expect(new Set(arrived.map((message) => message.parsed.messageId)).size).toBe(recipients.length);
    expect(await database.db.outboxMessage.count({ where: { recipient: { in: recipients }, status: "SENT", attempts: 1 } })).toBe(recipients.length);
  });
});
