"use server";

import { logger } from "@/lib/log";
import { headers } from "next/headers";
import { registrationFormState, type FormAnswer } from "./form-outcome";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { runPublicForm } from "@/lib/forms/public-form";
import { requestClientAddress } from "@/lib/http/client-address";
import { isLocale, localizedPath, type Locale } from "@/lib/i18n/config";
import en from "@/lib/i18n/messages/en.json";
import vi from "@/lib/i18n/messages/vi.json";
import { readRegistrationForm, type RegistrationFormState, type RegistrationFormValues } from "./form";
import { PRIVACY_NOTICE_VERSION } from "./privacy";
import { consentPurposes, createRegistrationSchema, registrationSchema, type RegistrationInput } from "./schema";
import { unavailableErrorsEn } from "./delegate-store";
import { registrationYear, takeRegistration } from "./store";

const log = logger("registration");

// The form's Server Action: the public form pipeline with the JSON API's rate limit (same key, so a
// client cannot double its attempts by switching between form and API), schema and store; only the
// answers differ (a page instead of status codes).

const englishSchema = createRegistrationSchema(en.registrationErrors);

type Answer = FormAnswer<Exclude<RegistrationFormState, { status: "idle" }>>;

export async function submitRegistration(
  locale: Locale,
  previous: RegistrationFormState,
  formData: FormData,
): Promise<RegistrationFormState> {
  const language: Locale = isLocale(locale) ? locale : "vi";
  const submission = previous.submission + 1;
  const { website, ...values } = readRegistrationForm(formData);

  const outcome = await runPublicForm(
    db,
    { clientAddress: requestClientAddress(await headers()), read: () => ({ ok: true, value: { ...values, website } }) },
    {
      schema: language === "en" ? englishSchema : registrationSchema,
      rateLimit: { key: "registration", limit: env.REGISTRATION_RATE_LIMIT, windowSeconds: env.REGISTRATION_RATE_WINDOW_SECONDS },
      consent: { noticeVersion: PRIVACY_NOTICE_VERSION, purposes: consentPurposes },
      submit: (input, consent) => register(input, consent.noticeVersion, { language, submission, values }),
    },
  );
  return registrationFormState(outcome, { submission, values });
}

async function register(
  input: RegistrationInput,
  noticeVersion: string,
  form: { language: Locale; submission: number; values: RegistrationFormValues },
): Promise<Answer> {
  const { language, submission, values } = form;
  const year = await registrationYear();
  if (!year) return { state: { status: "invalid", submission, values, errors: { form: [(language === "en" ? en : vi).register.noEdition] } } };

  let result: Awaited<ReturnType<typeof takeRegistration>>;
  try {
    result = await takeRegistration(input, { year, noticeVersion });
  } catch (error) {
    log.error({ err: error }, "the form could not register a delegate");
    return { state: { status: "failed", submission, values } };
  }
  switch (result.status) {
    case "invalid": {
      const errors =
        language === "en" && result.unavailable ? unavailableErrorsEn(result.unavailable, result.past ?? []) : result.errors;
      return { state: { status: "invalid", submission, values, errors } };
    }
    case "duplicate":
      return { state: { status: "duplicate", submission, email: input.email } };
    case "created":
      return { redirectTo: `${localizedPath(language, `/my-registration/${result.manageToken}`)}?registered=1` };
  }
}
