import { logger } from "@/lib/log";
import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { readMailSettings, type MailSettings } from "./settings";

const log = logger("mail");

export type MailAttachment = {
  filename: string;
  content: Buffer | string;
  contentType: string;
  /** Set for images shown inside the HTML body (`<img src="cid:…">`). */
  cid?: string;
};

export type MailMessage = {
  to: string;
  /** Fixed by the outbox (derived from the row), so that a message sent twice is recognisably the same one. */
  messageId?: string;
  subject: string;
  text: string;
  html: string;
  attachments?: MailAttachment[];
};

type MailDelivery = { via: "smtp"; messageId: string } | { via: "outbox"; messageId: string; file: string };

type SmtpSettings = Extract<MailSettings, { kind: "smtp" }>;

// One pooled connection set per SMTP configuration: a rush of registrations reuses connections.
const smtpTransports = new Map<string, Transporter>();

function smtpTransport(settings: SmtpSettings): Transporter {
  const key = JSON.stringify(settings);
  let transport = smtpTransports.get(key);
  if (!transport) {
    transport = nodemailer.createTransport({
      pool: true,
      maxConnections: 5,
      host: settings.host,
      port: settings.port,
      secure: settings.secure,
      auth: settings.auth,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
    smtpTransports.set(key, transport);
  }
  return transport;
}

const outboxTransport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });

async function writeToOutbox(directory: string, message: Parameters<Transporter["sendMail"]>[0]): Promise<MailDelivery> {
  const info = await outboxTransport.sendMail(message);
  await mkdir(directory, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const file = path.join(directory, `${stamp}-${randomBytes(4).toString("hex")}.eml`);
  await writeFile(file, info.message as Buffer);
  log.info({ messageId: info.messageId, file }, "SMTP_HOST is not set: the e-mail was written to the outbox folder");
  return { via: "outbox", messageId: info.messageId, file };
}

/**
 * Sends over SMTP when SMTP_HOST is set, otherwise writes the raw RFC 822 message into the outbox
 * folder: a message is never dropped silently. SMTP failures are thrown to the caller. Only the
 * outbox worker (lib/mail/worker.ts) calls this: everything else queues its e-mails.
 */
export async function sendMail(message: MailMessage, settings: MailSettings = readMailSettings()): Promise<MailDelivery> {
  const envelope = { from: settings.from, ...message };
  if (settings.kind === "outbox") return writeToOutbox(settings.directory, envelope);
  const info = await smtpTransport(settings).sendMail(envelope);
  return { via: "smtp", messageId: info.messageId };
}

/** Closes pooled SMTP connections (tests, shutdown). */
export function closeMailTransports(): void {
  for (const transport of smtpTransports.values()) transport.close();
  smtpTransports.clear();
}

/**
 * Whether the receiving server refused the message for good (an SMTP 5xx reply: no such mailbox,
 * rejected as spam), so that sending it again would fail the same way. A connection error or a 4xx
 * reply may pass later.
 */
export function isPermanentMailFailure(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}
