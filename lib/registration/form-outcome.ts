import "server-only";
import { redirect } from "next/navigation";
import type { PublicFormOutcome } from "@/lib/forms/public-form";

/** What a registration form's own work answers: the form's next state, or the page to go to. */
export type FormAnswer<State> = { state: State } | { redirectTo: string };

type Refused<Values> =
  | { status: "rate-limited"; submission: number; values: Values; retryAfterSeconds: number }
  | { status: "invalid"; submission: number; values: Values; errors: Record<string, string[]> };

/**
 * The state a registration form (one delegate's or a delegation's) shows after the public-form
 * pipeline; a submission that went through may redirect instead.
 */
export function registrationFormState<Values, State>(
  outcome: PublicFormOutcome<FormAnswer<State>>,
  form: { submission: number; values: Values },
): State | Refused<Values> {
  const { submission, values } = form;
  switch (outcome.status) {
    case "rate-limited":
      return { status: "rate-limited", submission, values, retryAfterSeconds: outcome.retryAfterSeconds };
    case "invalid":
      return { status: "invalid", submission, values, errors: outcome.errors };
    case "submitted":
      if ("redirectTo" in outcome.result) redirect(outcome.result.redirectTo);
      return outcome.result.state;
    default:
      // No honeypot option (the schemas refuse a filled one) and a form body is always readable.
      throw new Error(`unexpected registration form outcome ${outcome.status}`);
  }
}
