import path from "node:path";
import { z } from "@/lib/zod";

const DEFAULT_FROM = '"Tuần lễ ĐMST & CĐS Quảng Ngãi" <no-reply@localhost>';

/**
 * Mail settings from the environment. lib/env.ts checks them once at start; the mailer reads them
 * again when it sends, so that one process (a test) can switch between an SMTP server and the outbox.
 */
// An empty variable (`SMTP_HOST=` in .env) means unset.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

export const mailEnvSchema = z.object({
  /** SMTP server; unset in development: messages go to MAIL_OUTBOX_DIR as .eml files. */
  SMTP_HOST: optional(z.string().trim().min(1)),
  SMTP_PORT: optional(z.coerce.number().int().min(1).max(65_535)),
  /** true: TLS from the first byte (port 465); false: STARTTLS when the server offers it (587). */
  SMTP_SECURE: z.stringbool().default(false),
  SMTP_USER: optional(z.string().min(1)),
  SMTP_PASSWORD: optional(z.string().min(1)),
  /** Sender, e.g. `"Tuần lễ ĐMST & CĐS Quảng Ngãi" <no-reply@dost.quangngai.gov.vn>`. */
  MAIL_FROM: z.string().trim().min(3).default(DEFAULT_FROM),
  MAIL_OUTBOX_DIR: z.string().trim().min(1).default(".data/outbox"),
  /** Attempts before a message is given up and shown as failed at /admin/mail. */
  MAIL_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(8),
  /** How long a worker holds the messages it took; a killed worker's are taken again once it runs out. */
  MAIL_LEASE_SECONDS: z.coerce.number().int().min(1).max(3_600).default(300),
});

export type MailSettings =
  | {
      kind: "smtp";
      from: string;
      host: string;
      port: number;
      secure: boolean;
      auth?: { user: string; pass: string };
    }
  | { kind: "outbox"; from: string; directory: string };

export function readMailSettings(source: NodeJS.ProcessEnv = process.env): MailSettings {
  const parsed = mailEnvSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid mail settings: ${problems.join("; ")}`);
  }
  const settings = parsed.data;
  if (!settings.SMTP_HOST) {
    return { kind: "outbox", from: settings.MAIL_FROM, directory: path.resolve(settings.MAIL_OUTBOX_DIR) };
  }
  return {
    kind: "smtp",
    from: settings.MAIL_FROM,
    host: settings.SMTP_HOST,
    port: settings.SMTP_PORT ?? (settings.SMTP_SECURE ? 465 : 587),
    secure: settings.SMTP_SECURE,
    auth: settings.SMTP_USER ? { user: settings.SMTP_USER, pass: settings.SMTP_PASSWORD ?? "" } : undefined,
  };
}

/**
 * Why a production start must stop, or null: with a real database (DATABASE_URL given) and no SMTP
 * server, every e-mail, manage links included, would silently pile up as files on the server.
 * Writing them to a folder stays possible, but only when MAIL_OUTBOX_DIR asks for it.
 */
export function silentOutboxRefusal(source: Record<string, string | undefined>): string | null {
  const set = (name: string) => (source[name] ?? "").trim() !== "";
  if (!set("DATABASE_URL") || set("SMTP_HOST") || set("MAIL_OUTBOX_DIR")) return null;
  return (
    "SMTP_HOST is not set: e-mails (with delegates' manage links) would only be written to files on this server. " +
    "Set SMTP_HOST (and SMTP_PORT, SMTP_USER, SMTP_PASSWORD) to send them, or set MAIL_OUTBOX_DIR to a folder " +
    "to keep them there on purpose."
  );
}
