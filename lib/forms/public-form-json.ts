import "server-only";
import { db } from "@/lib/db";
import { requestClientAddress } from "@/lib/http/client-address";
import { jsonError, jsonResponse } from "@/lib/http/json";
import { readJsonBody } from "@/lib/http/request";
import type { z } from "@/lib/zod";
import { runPublicForm, type PublicFormSpec } from "./public-form";

// The public form pipeline behind a JSON route handler: the same checks as the forms, answered with
// status codes (429 with Retry-After, 400/413/415 for a body that cannot be read, 422 with `errors`).

type PublicJsonSpec<Schema extends z.ZodType> = Omit<PublicFormSpec<Schema, Response>, "honeypot"> & {
  maxBytes: number;
  messages: { rateLimited: (seconds: number) => string; malformed: string; tooLarge: string; notJson: string };
  /** Headers every answer carries (e.g. `Cache-Control: no-store`). */
  headers?: Record<string, string>;
};

export async function handlePublicJson<Schema extends z.ZodType>(request: Request, spec: PublicJsonSpec<Schema>): Promise<Response> {
  const headers = spec.headers ?? {};
  const outcome = await runPublicForm(
    db,
    { clientAddress: requestClientAddress(request.headers), read: () => readJsonBody(request, { maxBytes: spec.maxBytes }) },
    spec,
  );
  switch (outcome.status) {
    case "honeypot":
      throw new Error("a JSON form has no honeypot");
    case "rate-limited": {
      const retryAfter = outcome.retryAfterSeconds;
      return jsonError(429, spec.messages.rateLimited(retryAfter), {}, { headers: { ...headers, "Retry-After": String(retryAfter) } });
    }
    case "unreadable": {
      const message = { 400: spec.messages.malformed, 413: spec.messages.tooLarge, 415: spec.messages.notJson }[outcome.code];
      return jsonError(outcome.code, message, {}, { headers });
    }
    case "invalid":
      return jsonResponse({ errors: outcome.errors }, { status: 422, headers });
    case "submitted":
      return outcome.result;
  }
}
