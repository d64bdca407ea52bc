"use server";

import { logger } from "@/lib/log";
import { redirect } from "next/navigation";
import { env } from "@/lib/env";
import { refusedState, type ActionState } from "@/lib/forms/action-state";
import { handlePublicForm } from "@/lib/forms/public-form-action";
import { isLocale, localizedPath, type Locale } from "@/lib/i18n/config";
import en from "@/lib/i18n/messages/en.json";
import vi from "@/lib/i18n/messages/vi.json";
import { formatMessage } from "@/lib/i18n/translator";
import { readRegistrationForm, type RegistrationFormValues } from "./form";
import { PRIVACY_NOTICE_VERSION } from "./privacy";
import { consentPurposes, createRegistrationSchema, registrationSchema, type RegistrationInput } from "./schema";
import { unavailableErrorsEn } from "./delegate-store";
import { registrationYear, takeRegistration } from "./store";

const log = logger("registration");

// The form's Server Action: the public form pipeline with the JSON API's rate limit (same key, so a
// client cannot double its attempts by switching between form and API), schema and store; only the
// answers differ (a page instead of status codes).

const englishSchema = createRegistrationSchema(en.registrationErrors);

/** The answer of the form: refused with the input kept, or neutral when the address is already registered. */
type RegistrationState = ActionState<{ alreadyRegistered: string }, RegistrationFormValues>;

export async function submitRegistration(locale: Locale, _previous: RegistrationState, formData: FormData): Promise<RegistrationState> {
  const language: Locale = isLocale(locale) ? locale : "vi";
  const messages = (language === "en" ? en : vi).register;
  const { website, ...values } = readRegistrationForm(formData);
  return handlePublicForm(formData, {
    read: () => ({ ...values, website }),
    values: () => values,
    schema: language === "en" ? englishSchema : registrationSchema,
    rateLimit: { key: "registration", limit: env.REGISTRATION_RATE_LIMIT, windowSeconds: env.REGISTRATION_RATE_WINDOW_SECONDS },
    consent: { noticeVersion: PRIVACY_NOTICE_VERSION, purposes: consentPurposes },
    messages: { rateLimited: (minutes) => formatMessage(messages.rateLimited, { minutes }, language), invalid: messages.errorSummaryTitle },
    submit: (input, consent) => register(input, consent.noticeVersion, { language, values }),
  });
}

async function register(
  input: RegistrationInput,
  noticeVersion: string,
  form: { language: Locale; values: RegistrationFormValues },
): Promise<RegistrationState> {
  const { language, values } = form;
  const messages = (language === "en" ? en : vi).register;
  const refused = (fieldMessages: Record<string, string[]>, message = messages.errorSummaryTitle) => refusedState(message, fieldMessages, values);
  const year = await registrationYear();
  if (!year) return refused({ form: [messages.noEdition] });

  let result: Awaited<ReturnType<typeof takeRegistration>>;
  try {
    result = await takeRegistration(input, { year, noticeVersion });
  } catch (error) {
    log.error({ err: error }, "the form could not register a delegate");
    return refused({}, messages.unexpected);
  }
  switch (result.status) {
    case "invalid":
      return refused(language === "en" && result.unavailable ? unavailableErrorsEn(result.unavailable, result.past ?? []) : result.errors);
    case "duplicate":
      // Neutral on purpose: the page must not reveal whether an address is registered.
      return { status: "success", message: messages.duplicateTitle, result: { alreadyRegistered: input.email } };
    case "created":
      redirect(`${localizedPath(language, `/my-registration/${result.manageToken}`)}?registered=1`);
  }
}
