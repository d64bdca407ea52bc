import { z } from "@/lib/zod";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/config";

// The value every form Server Action returns to `useActionState`: what went wrong per field (already
// in the user's language), a message for the whole form, and what was typed, so the form can be
// shown again with the input kept. Passwords are never echoed back.

export type FieldErrors = Partial<Record<string, string>>;

export type ActionState<Result = undefined, Values = Record<string, string>> =
  | { status: "idle" }
  | {
      status: "error";
      message: string;
      fieldErrors: FieldErrors;
      values: Values;
      /** Every message of each field, for the forms that list them all (a public form's refused input). */
      fieldMessages?: Record<string, string[]>;
    }
  | { status: "success"; message: string; result: Result };

export const idleState = { status: "idle" } as const satisfies ActionState;

/** The first message per field of a zod error (nested paths joined with dots). */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "form";
    errors[field] ??= issue.message;
  }
  return errors;
}

/**
 * Every message per field, keyed by the field's path without array indexes (`email`,
 * `consents.registration`, `sessions`): the shape the public forms and the registration API answer.
 */
export function fieldMessagesOf(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.filter((segment) => typeof segment === "string").join(".") || "form";
    const messages = (errors[key] ??= []);
    if (!messages.includes(issue.message)) messages.push(issue.message);
  }
  return errors;
}

/** The text fields of a submitted form, without the ones that must not be sent back (passwords). */
export function submittedValues(formData: FormData, omit: readonly string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    if (typeof value === "string" && !key.startsWith("$ACTION") && !omit.includes(key)) values[key] = value;
  }
  return values;
}

/** A public form's refused input: every message of each field kept, the first one per field as usual. */
export function refusedState<Values>(message: string, fieldMessages: Record<string, string[]>, values: Values): ActionState<never, Values> {
  const fieldErrors = Object.fromEntries(Object.entries(fieldMessages).map(([field, messages]) => [field, messages[0]]));
  return { status: "error", message, fieldErrors, fieldMessages, values };
}

export function errorState(
  message: string,
  fieldErrors: FieldErrors = {},
  formData?: FormData,
  omit: readonly string[] = [],
): ActionState<never> {
  return { status: "error", message, fieldErrors, values: formData ? submittedValues(formData, omit) : {} };
}

/** The language a form was filled in, from its hidden `locale` field; Vietnamese by default. */
export function formLocale(formData: FormData): Locale {
  const value = formData.get("locale");
  return typeof value === "string" && isLocale(value) ? value : defaultLocale;
}
