import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSmtpSink, type SmtpSink } from "../../setup/smtp-sink";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";

// The outbox's promise under the worst stop: a worker killed (SIGKILL) in the middle of sending 200
// messages, then a new one started. Every message arrives; a message whose DATA the server accepted
// just before the kill, but which was not yet recorded as sent, arrives again under the same
// Message-ID (at least once, never a different message), so duplicates are at most the messages in
// flight at the kill: one per lane of the worker (DEFAULT_CONCURRENCY).

const COUNT = 200;
const ROOT = path.resolve(import.meta.dirname, "../../..");
const FROM = '"Tuần lễ ĐMST & CĐS Quảng Ngãi" <no-reply@tuanle.example.vn>';

let database: TestDatabase;
let sink: SmtpSink;
const workers: ChildProcess[] = [];

function startWorker(): ChildProcess {
  const child = spawn(path.join(ROOT, "node_modules/.bin/tsx"), [path.join(import.meta.dirname, "worker-process.ts")], {
    cwd: ROOT,
    env: { ...process.env, ...sink.env, DATABASE_URL: database.url, MAIL_FROM: FROM, NODE_OPTIONS: "--conditions=react-server" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  workers.push(child);
  return child;
}

async function until(condition: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

beforeAll(async () => {
  database = await createTestDatabase("migrated");
  sink = await startSmtpSink();
});

afterAll(async () => {
  for (const child of workers) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  await sink?.close();
  await database?.drop();
});

describe("a worker killed in the middle of sending 200 messages", () => {
  it("leaves none unsent: the next worker sends the rest, and every Message-ID arrives", async () => {
    const [{ queueMail }, { DEFAULT_CONCURRENCY }] = await Promise.all([import("@/lib/mail/store"), import("@/lib/mail/worker")]);
    await queueMail(
      database.db,
      Array.from({ length: COUNT }, (_, n) => ({
        kind: "exhibition.decision" as const,
        to: `dai-bieu-${n}@example.vn`,
        subject: `Thư số ${n}`,
        payload: { text: `Nội dung ${n}`, html: `<p>Nội dung ${n}</p>` },
      })),
    );
    const ids = (await database.db.outboxMessage.findMany({ select: { id: true } })).map((row) => row.id);
    expect(ids).toHaveLength(COUNT);

    const first = startWorker();
    await until(() => sink.messages.length >= 60, 60_000, "the first worker to send 60 messages");
    first.kill("SIGKILL");
    await new Promise((resolve) => first.once("exit", resolve));
    const beforeRestart = sink.messages.length;
    expect(beforeRestart).toBeLessThan(COUNT);
    const held = await database.db.outboxMessage.count({ where: { status: "SENDING" } });

    startWorker();
    await until(async () => (await database.db.outboxMessage.count({ where: { status: "SENT" } })) === COUNT, 90_000, "every message sent");

    const arrived = new Map<string, number>();
    for (const message of sink.messages) arrived.set(message.parsed.messageId!, (arrived.get(message.parsed.messageId!) ?? 0) + 1);
    const expected = ids.map((id) => `<${id}@tuanle.example.vn>`);
    expect(expected.filter((messageId) => !arrived.has(messageId))).toEqual([]);
    expect([...arrived.keys()].filter((messageId) => !expected.includes(messageId))).toEqual([]);
    const duplicates = sink.messages.length - arrived.size;
    console.info(`[worker-kill] killed after ${beforeRestart} messages (${held} held by the dead worker); ${sink.messages.length} arrived for ${COUNT}, ${duplicates} raw duplicate(s)`);
    // Only a message between the server's 250 and its record can be sent twice: one per lane at most.
    expect(duplicates).toBeLessThanOrEqual(DEFAULT_CONCURRENCY);
  }, 180_000);
});
