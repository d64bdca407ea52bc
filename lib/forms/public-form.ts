import "server-only";
import type { Database } from "@/lib/db-client";
import type { JsonBodyResult } from "@/lib/http/request";
import { checkRateLimit, type RateLimit } from "@/lib/rate-limit";
import type { z } from "@/lib/zod";
import { fieldMessagesOf } from "./action-state";

// The one way a public form (no account) is taken, whichever door it comes through (a Server
// Action or the JSON API): honeypot, rate limit per client address, zod, consent, then the form's
// own work. The adapters in public-form-action.ts and public-form-json.ts turn the outcome into an
// `ActionState` or an HTTP answer.

/** What a person agreed to, captured one way for every form: purposes, the notice they read, when. */
export type ConsentRecord = { purposes: string[]; noticeVersion: string; at: Date };

export type PublicFormSpec<Schema extends z.ZodType, Result> = {
  schema: Schema;
  /** `key` names the form's budget; the client's address is appended to it. */
  rateLimit: RateLimit & { key: string };
  /**
   * The hidden field people never see. A bot that fills it is answered as if all went well and
   * nothing is stored. Left out where the schema itself refuses it (the registration API documents that).
   */
  honeypot?: string;
  /** The notice shown with the form, and the purposes the parsed input agreed to. */
  consent: { noticeVersion: string; purposes: (input: z.output<Schema>) => string[] };
  /** The messages per field of a refused input; by default keyed without array indexes (`fieldMessagesOf`). */
  fieldErrors?: (error: z.ZodError) => Record<string, string[]>;
  submit: (input: z.output<Schema>, consent: ConsentRecord) => Promise<Result>;
};

type PublicFormOutcome<Result> =
  | { status: "honeypot" }
  | { status: "rate-limited"; retryAfterSeconds: number }
  /** The body could not be read (JSON only: malformed, too large, another type). */
  | { status: "unreadable"; code: 400 | 413 | 415 }
  /** Every message per field (array indexes left out of the key), in the schema's language. */
  | { status: "invalid"; errors: Record<string, string[]> }
  | { status: "submitted"; result: Result };

export async function runPublicForm<Schema extends z.ZodType, Result>(
  database: Database,
  request: { clientAddress: string | null; read: () => JsonBodyResult | Promise<JsonBodyResult>; honeypotValue?: unknown },
  spec: PublicFormSpec<Schema, Result>,
): Promise<PublicFormOutcome<Result>> {
  const { honeypotValue } = request;
  if (spec.honeypot && typeof honeypotValue === "string" && honeypotValue.length > 0) return { status: "honeypot" };

  // Requests without a usable address share one budget rather than escaping it.
  const { key, ...limit } = spec.rateLimit;
  const decision = await checkRateLimit(database, `${key}:${request.clientAddress ?? "unknown"}`, limit);
  if (!decision.allowed) return { status: "rate-limited", retryAfterSeconds: decision.retryAfterSeconds };

  // Read only once the budget allows it: a client over its limit costs no parsing.
  const body = await request.read();
  if (!body.ok) return { status: "unreadable", code: body.status };
  const parsed = spec.schema.safeParse(body.value);
  if (!parsed.success) return { status: "invalid", errors: (spec.fieldErrors ?? fieldMessagesOf)(parsed.error) };

  const consent = { purposes: spec.consent.purposes(parsed.data), noticeVersion: spec.consent.noticeVersion, at: new Date() };
  return { status: "submitted", result: await spec.submit(parsed.data, consent) };
}
