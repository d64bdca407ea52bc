import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { findFreePort } from "./free-port";

export type SinkMessage = { from: string; to: string[]; raw: Buffer; parsed: ParsedMail };

export type SmtpSink = {
  port: number;
  messages: SinkMessage[];
  /** Resolves with the first received message addressed to `to` (and whose subject matches), waiting up to `timeoutMs`. */
  waitFor: (to: string, options?: { subject?: RegExp; timeoutMs?: number }) => Promise<SinkMessage>;
  /** Environment that points the mailer at this sink. */
  env: Record<string, string>;
  /** While true, every message is refused for now (451 at MAIL FROM), as a relay over quota or short of disk does. */
  refuseForNow: (refusing: boolean) => void;
  close: () => Promise<void>;
};

/**
 * A real SMTP server on 127.0.0.1 that keeps every message it accepts. No authentication and no
 * STARTTLS, so the client speaks plain SMTP exactly as it would to a relay on a trusted network.
 * `refuseMailbox` names the addresses it refuses at RCPT TO.
 */
export async function startSmtpSink(options: { refuseMailbox?: (address: string) => boolean } = {}): Promise<SmtpSink> {
  const messages: SinkMessage[] = [];
  const waiters = new Set<() => void>();
  let refusing = false;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    closeTimeout: 1_000,
    onMailFrom(_address, _session, callback) {
      if (!refusing) return callback();
      callback(Object.assign(new Error("4.3.2 Service temporarily unavailable, try again later"), { responseCode: 451 }));
    },
    // As a real relay answers for a mailbox that does not exist: 550, a permanent refusal.
    onRcptTo(address, _session, callback) {
      if (!options.refuseMailbox?.(address.address)) return callback();
      callback(Object.assign(new Error("5.1.1 Mailbox does not exist"), { responseCode: 550 }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks);
        simpleParser(raw, { keepCidLinks: true }).then(
          (parsed) => {
            messages.push({
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
              to: session.envelope.rcptTo.map((recipient) => recipient.address),
              raw,
              parsed,
            });
            for (const wake of waiters) wake();
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  const port = await findFreePort();
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });

  function waitFor(to: string, { subject, timeoutMs = 10_000 }: { subject?: RegExp; timeoutMs?: number } = {}): Promise<SinkMessage> {
    const addressedTo = (message: SinkMessage) => message.to.includes(to.toLowerCase()) || message.to.includes(to);
    const find = () => messages.find((message) => addressedTo(message) && (!subject || subject.test(message.parsed.subject ?? "")));
    return new Promise((resolve, reject) => {
      const found = find();
      if (found) return resolve(found);
      const wake = () => {
        const message = find();
        if (!message) return;
        waiters.delete(wake);
        clearTimeout(timer);
        resolve(message);
      };
      const timer = setTimeout(() => {
        waiters.delete(wake);
        reject(new Error(`no message to ${to} within ${timeoutMs} ms`));
      }, timeoutMs);
      waiters.add(wake);
    });
  }

  return {
    port,
    messages,
    waitFor,
    env: { SMTP_HOST: "127.0.0.1", SMTP_PORT: String(port), SMTP_SECURE: "false" },
    refuseForNow: (value) => {
      refusing = value;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
