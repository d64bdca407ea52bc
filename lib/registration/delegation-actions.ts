"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { registrationFormState, type FormAnswer } from "./form-outcome";
import { revalidateSessionPages } from "@/lib/agenda/revalidate";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { isLocale, localizedPath, type Locale } from "@/lib/i18n/config";
import en from "@/lib/i18n/messages/en.json";
import vi from "@/lib/i18n/messages/vi.json";
import { logger } from "@/lib/log";
import { runPublicForm } from "@/lib/forms/public-form";
import { requestClientAddress } from "@/lib/http/client-address";
import { readDelegationForm, type DelegationFormState, type DelegationFormValues } from "./delegation-form";
import { createDelegationSchema, delegationFieldErrors, delegationSchema, type DelegationInput } from "./delegation-schema";
import { cancelDelegationMember, eraseDelegationRegistrant, registerDelegation } from "./delegation-store";
import { PRIVACY_NOTICE_VERSION } from "./privacy";
import { unavailableErrorsEn } from "./delegate-store";
import { registrationYear } from "./store";

const log = logger("registration");

// The delegation form and the delegation page's button. Public POST endpoints: the form shares the
// registration's rate limit and rules; the cancel button's only credential is the delegation's token.

const englishSchema = createDelegationSchema(en.registrationErrors, en.delegationErrors);

export async function submitDelegation(locale: Locale, previous: DelegationFormState, formData: FormData): Promise<DelegationFormState> {
  const language: Locale = isLocale(locale) ? locale : "vi";
  const submission = previous.submission + 1;
  const { website, ...values } = readDelegationForm(formData);
  const outcome = await runPublicForm(
    db,
    { clientAddress: requestClientAddress(await headers()), read: () => ({ ok: true, value: { ...values, informed: values.informed || undefined, website } }) },
    {
      schema: language === "en" ? englishSchema : delegationSchema,
      // The same budget as one registration: a delegation is one submission.
      rateLimit: { key: "registration", limit: env.REGISTRATION_RATE_LIMIT, windowSeconds: env.REGISTRATION_RATE_WINDOW_SECONDS },
      // Each member's purposes are recorded on their registration; the registrant vouches for having informed them.
      consent: { noticeVersion: PRIVACY_NOTICE_VERSION, purposes: () => ["REGISTRATION"] },
      fieldErrors: delegationFieldErrors,
      submit: (input, consent) => register(input, consent.noticeVersion, { language, submission, values }),
    },
  );
  return registrationFormState(outcome, { submission, values });
}

type Answer = FormAnswer<DelegationFormState>;

async function register(
  input: DelegationInput,
  noticeVersion: string,
  form: { language: Locale; submission: number; values: DelegationFormValues },
): Promise<Answer> {
  const { language, submission, values } = form;
  const year = await registrationYear();
  if (!year) return { state: { status: "invalid", submission, values, errors: { form: [(language === "en" ? en : vi).register.noEdition] } } };
  let result: Awaited<ReturnType<typeof registerDelegation>>;
  try {
    result = await registerDelegation(db, { year, input, noticeVersion });
  } catch (error) {
    log.error({ err: error }, "the form could not register a delegation");
    return { state: { status: "failed", submission, values } };
  }
  if (result.status === "invalid") {
    // The store words its errors in Vietnamese; closed sessions have their English twin.
    const errors = language === "en" && result.unavailable ? unavailableErrorsEn(result.unavailable, result.past ?? []) : result.errors;
    return { state: { status: "invalid", submission, values, errors } };
  }
  revalidateSessionPages(input.sessions);
  return { redirectTo: `${localizedPath(language, `/my-delegation/${result.manageToken}`)}?registered=1` };
}

function field(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value.slice(0, 200) : "";
}

export async function cancelDelegationMemberAction(formData: FormData): Promise<void> {
  const locale = isLocale(field(formData, "locale")) ? (field(formData, "locale") as Locale) : "vi";
  const token = field(formData, "token");
  const registrationId = field(formData, "registrationId");
  const path = localizedPath(locale, `/my-delegation/${encodeURIComponent(token)}`);
  const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(registrationId);
  const outcome = isUuid ? await cancelDelegationMember(db, { token, registrationId }) : "not-found";
  redirect(outcome === "cancelled" ? `${path}?done=cancelled` : path);
}

export async function eraseDelegationRegistrantAction(formData: FormData): Promise<void> {
  const locale = isLocale(field(formData, "locale")) ? (field(formData, "locale") as Locale) : "vi";
  const outcome = await eraseDelegationRegistrant(db, field(formData, "token"));
  redirect(`${localizedPath(locale, "/register/delegation")}${outcome === "erased" ? "?erased=1" : ""}`);
}
