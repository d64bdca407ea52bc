import "server-only";
import { headers } from "next/headers";
import { db } from "@/lib/db";
import { requestClientAddress } from "@/lib/http/client-address";
import type { z } from "@/lib/zod";
import { submittedValues, type ActionState, type FieldErrors } from "./action-state";
import { runPublicForm, type PublicFormSpec } from "./public-form";

// The public form pipeline behind a Server Action: the outcome becomes the `ActionState` every form
// of the portal reads, with the messages of the form's own language.

type Honeypot =
  | { honeypot?: undefined; onHoneypot?: undefined }
  /** Where a bot that filled the hidden field is sent: the page everybody else sees (a redirect). */
  | { honeypot: string; onHoneypot: () => never };

export type PublicFormActionSpec<Schema extends z.ZodType, Result> = Omit<PublicFormSpec<Schema, ActionState<Result>>, "honeypot"> &
  Honeypot & {
    /** What the schema reads from the submitted form. */
    read: (form: FormData) => unknown;
    messages: { rateLimited: (minutes: number) => string; invalid: string };
    /** The input sent back to the form on an error; by default its text fields. */
    values?: (form: FormData) => Record<string, string>;
  };

/** The first message of each field, as the forms place one under each control. */
function firstMessages(errors: Record<string, string[]>): FieldErrors {
  return Object.fromEntries(Object.entries(errors).map(([field, messages]) => [field, messages[0]]));
}

export async function handlePublicForm<Schema extends z.ZodType, Result>(
  form: FormData,
  spec: PublicFormActionSpec<Schema, Result>,
): Promise<ActionState<Result>> {
  const outcome = await runPublicForm(
    db,
    {
      clientAddress: requestClientAddress(await headers()),
      read: () => ({ ok: true, value: spec.read(form) }),
      honeypotValue: spec.honeypot ? form.get(spec.honeypot) : undefined,
    },
    spec,
  );
  const values = () => spec.values?.(form) ?? submittedValues(form);
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
      return { status: "error", message: spec.messages.invalid, fieldErrors: firstMessages(outcome.errors), values: values() };
    case "submitted":
      return outcome.result;
  }
}
