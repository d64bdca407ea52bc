import type { Logger } from "pino";
import { logger } from "@/lib/log";
import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import pg from "pg";
import type { Database } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { outboxMessageId, retryDelayMs } from "./kinds";
import { isPermanentMailFailure, sendMail, type MailMessage } from "./send";
import { readMailSettings, type MailSettings } from "./settings";

// The one worker that sends the outbox, one per server instance. It claims due messages with
// FOR UPDATE SKIP LOCKED and a lease (so two instances never hold the same message, and a message
// held by a killed worker is claimed again once its lease runs out), renders each, sends it with
// the Message-ID fixed by its row, and records the outcome at once. A failure waits longer each
// time (retryDelayMs) and is given up after `maxAttempts`, or at once when the server refuses the
// address for good (5xx). Delivery is at least once: a worker killed between the server's 250 and
// the record sends that message again, with the same Message-ID, when it is claimed next.

export type OutboxRow = {
  id: string;
  kind: string;
  recipient: string;
  subject: string | null;
  payload: Prisma.JsonValue;
  registrationId: string | null;
  invitationId: string | null;
  attempts: number;
};

export type Transaction = Prisma.TransactionClient;

/** What a renderer gives the worker for one outbox row: the message without its recipient and Message-ID, which the row holds. */
export type OutboxMail = Omit<MailMessage, "to" | "messageId">;

export type MailRenderer = {
  /** The message to send, or null when it is no longer due (the row is then marked SKIPPED). */
  render: (row: OutboxRow, database: Database) => Promise<OutboxMail | null>;
  /** Bookkeeping of the domain once the server accepted the message, in the transaction that records it sent. */
  sent?: (row: OutboxRow, tx: Transaction) => Promise<void>;
  /** Bookkeeping once the message is given up (refused for good, or out of attempts). */
  failed?: (row: OutboxRow, tx: Transaction, reason: { permanent: boolean; error: string }) => Promise<void>;
};

export type MailWorkerOptions = {
  database: Database;
  renderers: Record<string, MailRenderer>;
  /** Listens for NOTIFY mail_outbox on its own connection when given; otherwise it only polls. */
  connectionString?: string;
  leaseMs?: number;
  batchSize?: number;
  /** Messages of a batch in progress at once: rendering one overlaps the SMTP round trips of others. */
  concurrency?: number;
  maxAttempts?: number;
  retryBaseMs?: number;
  pollMs?: number;
  settings?: () => MailSettings;
  /** Where failures are logged (the portal's logger): message ids and kinds, never a body or an address. */
  log?: Pick<Logger, "error">;
};

const CHANNEL = "mail_outbox";
export const DEFAULT_CONCURRENCY = 4;
const RECONNECT_MS = 2_000;

/** The server's reply code and short text, or the connection error: never anything of the message. */
export function describeMailError(error: unknown): string {
  const { responseCode, response, code, message } = (error ?? {}) as {
    responseCode?: number;
    response?: string;
    code?: string;
    message?: string;
  };
  // nodemailer's `response` is the server's reply line, code first ("451 4.3.2 Try again later").
  const text = response
    ? response.startsWith(String(responseCode))
      ? response
      : `${responseCode ?? ""} ${response}`
    : `${code ?? "error"}: ${message ?? String(error)}`;
  return text.replace(/\s+/g, " ").trim().slice(0, 300);
}

export function createMailWorker(options: MailWorkerOptions) {
  const { database, renderers } = options;
  const id = `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const batchSize = options.batchSize ?? 10;
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  const maxAttempts = options.maxAttempts ?? 8;
  const retryBaseMs = options.retryBaseMs ?? 30_000;
  const settingsOf = options.settings ?? (() => readMailSettings());
  const log = options.log ?? logger("mail");

  async function claim(): Promise<OutboxRow[]> {
    return database.$queryRaw<OutboxRow[]>`
      UPDATE outbox_messages AS m
      SET status = 'SENDING', locked_by = ${id}, locked_until = now() + ${leaseMs} * interval '1 millisecond', attempts = m.attempts + 1
      FROM (
        SELECT id FROM outbox_messages
        WHERE (status = 'QUEUED' AND next_attempt_at <= now()) OR (status = 'SENDING' AND locked_until < now())
        ORDER BY next_attempt_at, created_at
        LIMIT ${batchSize}
        FOR UPDATE SKIP LOCKED
      ) AS due
      WHERE m.id = due.id
      RETURNING m.id::text, m.kind, m.recipient, m.subject, m.payload,
                m.registration_id::text AS "registrationId", m.invitation_id::text AS "invitationId", m.attempts`;
  }

  /** Records the outcome only while the lease is still this worker's: a late worker never overwrites another's. */
  const mine = (row: OutboxRow) => ({ id: row.id, lockedBy: id });

  async function recordSent(row: OutboxRow, subject: string, renderer: MailRenderer): Promise<void> {
    const data = { status: "SENT" as const, sentAt: new Date(), subject, lockedBy: null, lockedUntil: null, lastError: null };
    if (!renderer.sent) {
      await database.outboxMessage.updateMany({ where: mine(row), data });
    } else {
      await database.$transaction(async (tx) => {
        const { count } = await tx.outboxMessage.updateMany({ where: mine(row), data });
        if (count === 1) await renderer.sent!(row, tx);
      });
    }
    await forgetManageToken(row);
  }

  /**
   * The manage link's token is only needed to render the message: it does not stay in the outbox once
   * the message is sent or given up (sent again on an organiser's request, it carries a new link).
   */
  async function forgetManageToken(row: OutboxRow): Promise<void> {
    await database.$executeRaw`UPDATE outbox_messages SET payload = payload - 'manageToken' WHERE id = ${row.id}::uuid AND payload ? 'manageToken'`;
  }

  async function recordFailure(
    row: OutboxRow,
    subject: string | null,
    error: unknown,
    renderer: MailRenderer | undefined,
  ): Promise<void> {
    const permanent = isPermanentMailFailure(error);
    const giveUp = permanent || row.attempts >= maxAttempts;
    const lastError = describeMailError(error);
    log.error(
      { messageId: row.id, kind: row.kind, attempt: row.attempts, givenUp: giveUp, reply: lastError },
      "an e-mail could not be sent",
    );
    await database.$transaction(async (tx) => {
      const { count } = await tx.outboxMessage.updateMany({
        where: mine(row),
        data: {
          status: giveUp ? "FAILED" : "QUEUED",
          nextAttemptAt: new Date(Date.now() + retryDelayMs(row.attempts, retryBaseMs)),
          subject: subject ?? undefined,
          lastError,
          lockedBy: null,
          lockedUntil: null,
        },
      });
      if (count === 1 && giveUp) await renderer?.failed?.(row, tx, { permanent, error: lastError });
    });
    if (giveUp) await forgetManageToken(row);
  }

  async function deliver(row: OutboxRow, settings: MailSettings): Promise<void> {
    const renderer = renderers[row.kind];
    let subject = row.subject;
    try {
      if (!renderer) throw new Error(`no renderer for the kind ${row.kind}`);
      const message = await renderer.render(row, database);
      if (!message) {
        await database.outboxMessage.updateMany({
          where: mine(row),
          data: { status: "SKIPPED", lockedBy: null, lockedUntil: null },
        });
        return;
      }
      subject = message.subject;
      await sendMail({ ...message, to: row.recipient, messageId: outboxMessageId(row.id, settings.from) }, settings);
      await recordSent(row, message.subject, renderer);
    } catch (error) {
      await recordFailure(row, subject, error, renderer).catch((recordError: unknown) =>
        log.error({ messageId: row.id, reason: describeMailError(recordError) }, "a failure could not be recorded"),
      );
    }
  }

  /** Claims one batch and sends it, `concurrency` messages at a time; returns how many were claimed. */
  async function runOnce(): Promise<number> {
    const rows = await claim();
    if (rows.length === 0) return 0;
    const settings = settingsOf();
    let next = 0;
    const lane = async () => {
      while (next < rows.length) await deliver(rows[next++]!, settings);
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, rows.length) }, lane));
    return rows.length;
  }

  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;

  /** Sends until nothing is due; a wake-up while running makes it look once more. */
  function wake(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        try {
          while (!stopped && (await runOnce()) > 0);
        } catch (error) {
          log.error({ reason: describeMailError(error) }, "the outbox could not be read");
        }
      } while (again && !stopped);
    })().finally(() => {
      running = null;
    });
    return running;
  }

  let listener: pg.Client | null = null;

  function listen(connectionString: string): void {
    const client = new pg.Client({ connectionString });
    listener = client;
    const retry = () => {
      client.removeAllListeners();
      void client.end().catch(() => undefined);
      if (!stopped) setTimeout(() => listen(connectionString), RECONNECT_MS).unref();
    };
    client.on("error", retry);
    client.on("notification", () => void wake());
    client
      .connect()
      .then(() => client.query(`LISTEN ${CHANNEL}`))
      .then(() => void wake(), retry);
  }

  /** Starts listening and polling (retries become due without a notice); returns the function that stops it. */
  function start(): () => Promise<void> {
    if (options.connectionString) listen(options.connectionString);
    const timer = setInterval(() => void wake(), options.pollMs ?? 5_000);
    timer.unref();
    void wake();
    return async () => {
      stopped = true;
      clearInterval(timer);
      await listener?.end().catch(() => undefined);
      await running;
    };
  }

  return { id, runOnce, wake, start };
}
