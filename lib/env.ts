import "server-only";
import { z } from "@/lib/zod";
import { mailEnvSchema } from "./mail/settings";
import { storageEnvSchema } from "./uploads/settings";

const serverEnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is missing: start the portal with `npm start`, which provides one." })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// connection string"),
  /** Public address of the portal, used in absolute links (e-mails, feeds, sitemaps). */
  PUBLIC_BASE_URL: z.url().default("http://localhost:3000"),
  /** Signs the check-in QR codes of tickets and passes (HMAC key, at least 32 characters). */
  TICKET_SIGNING_SECRET: z.string().min(32, "TICKET_SIGNING_SECRET must be at least 32 characters"),
  /** Signs sign-in sessions of the admin area (next-auth). */
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters"),
  /** Connections each app instance keeps to PostgreSQL. */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** Registration attempts per client IP per window, API and form together; 0 turns the limit off (load tests). */
  REGISTRATION_RATE_LIMIT: z.coerce.number().int().min(0).default(30),
  REGISTRATION_RATE_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(600),
  /** How invitees reach the office, printed under the sign-off of invitation e-mails ("ĐT: 0255 …, e-mail: …"). */
  INVITATION_CONTACT: z.string().trim().min(1).max(300).optional(),
  /** Test runs only: a fixed "now" for the programme's dates, read by lib/time/clock.ts; checked here so a typo fails at start. */
  PORTAL_CLOCK: z.union([z.literal(""), z.iso.datetime({ offset: true })]).optional(),
  /** SMTP_*, MAIL_FROM, MAIL_OUTBOX_DIR, MAIL_MAX_ATTEMPTS, MAIL_LEASE_SECONDS: checked here at start, read again by lib/mail when sending. */
  ...mailEnvSchema.shape,
  /** UPLOADS_DIR, S3_*: checked here at start, read again by lib/uploads when it opens the storage. */
  ...storageEnvSchema.shape,
});

type ServerEnv = z.infer<typeof serverEnvSchema>;

function parseServerEnv(): ServerEnv {
  const parsed = serverEnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${problems.join("\n")}`);
  }
  return parsed.data;
}

export const env = parseServerEnv();
