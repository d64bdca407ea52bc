import "server-only";
import { headers } from "next/headers";
import { db } from "@/lib/db";
import { requestClientAddress } from "@/lib/http/client-address";
import type { z } from "@/lib/zod";
import { refusedState, submittedValues, type ActionState } from "./action-state";
import { runPublicForm, type PublicFormSpec } from "./public-form";

// The public form pipeline behind a Server Action: the outcome becomes the `ActionState` every form
// of the portal reads, with the messages of the form's own language.

type Honeypot =
  | { honeypot?: undefined; onHoneypot?: undefined }
  /** Where a bot that filled the hidden field is sent: the page everybody else sees (a redirect). */
  | { honeypot: string; onHoneypot: () => never };

type PublicFormActionSpec<Schema extends z.ZodType, Result, Values = Record<string, string>> = Omit<
  PublicFormSpec<Schema, ActionState<Result, Values>>,
  "honeypot"
> &
  Honeypot & {
    /** What the schema reads from the submitted form. */
    read: (form: FormData) => unknown;
    messages: { rateLimited: (minutes: number) => string; invalid: string };
    /** The input sent back to the form on an error; by default its text fields. */
    values?: (form: FormData) => Values;
  };

export async function handlePublicForm<Schema extends z.ZodType, Result, Values = Record<string, string>>(
  form: FormData,
  spec: PublicFormActionSpec<Schema, Result, Values>,
): Promise<ActionState<Result, Values>> {
  const outcome = await runPublicForm(
    db,
    {
      clientAddress: requestClientAddress(await headers()),
      read: () => ({ ok: true, value: spec.read(form) }),
      honeypotValue: spec.honeypot ? form.get(spec.honeypot) : undefined,
    },
    spec,
  );
  // A form whose input is more than text fields (lists, rows) says how to read it back.
  const values = () => spec.values?.(form) ?? (submittedValues(form) as Values);
  switch (outcome.status) {
    case "honeypot":
      return spec.onHoneypot!();
    case "rate-limited": {
      const minutes = Math.max(1, Math.ceil(outcome.retryAfterSeconds / 60));
      return { status: "error", message: spec.messages.rateLimited(minutes), fieldErrors: {}, values: values() };
    }
    case "unreadable":
      // A form's body was bounded by the portal's server before it reached the action.
      throw new Error("a form body cannot be unreadable");
    case "invalid":
      return refusedState(spec.messages.invalid, outcome.errors, values());
    case "submitted":
      return outcome.result;
  }
}
