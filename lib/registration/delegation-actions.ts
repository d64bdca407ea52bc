"use server";

import { redirect } from "next/navigation";
import { revalidateSeatCounts } from "@/lib/agenda/revalidate";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { isLocale, localizedPath, type Locale } from "@/lib/i18n/config";
import en from "@/lib/i18n/messages/en.json";
import vi from "@/lib/i18n/messages/vi.json";
import { logger } from "@/lib/log";
import { refusedState, type ActionState } from "@/lib/forms/action-state";
import { handlePublicForm } from "@/lib/forms/public-form-action";
import { formatMessage } from "@/lib/i18n/translator";
import { readDelegationForm, type DelegationFormValues } from "./delegation-form";
import { createDelegationSchema, delegationFieldErrors, delegationSchema, type DelegationInput } from "./delegation-schema";
import { cancelDelegationMember, eraseDelegationRegistrant, registerDelegation } from "./delegation-store";
import { PRIVACY_NOTICE_VERSION } from "./privacy";
import { unavailableErrorsEn } from "./delegate-store";
import { registrationYear } from "./store";

const log = logger("registration");

// The delegation form and the delegation page's button. Public POST endpoints: the form shares the
// registration's rate limit and rules; the cancel button's only credential is the delegation's token.

const englishSchema = createDelegationSchema(en.registrationErrors, en.delegationErrors);

type DelegationState = ActionState<never, DelegationFormValues>;

export async function submitDelegation(locale: Locale, _previous: DelegationState, formData: FormData): Promise<DelegationState> {
  const language: Locale = isLocale(locale) ? locale : "vi";
  const messages = (language === "en" ? en : vi).register;
  const { website, ...values } = readDelegationForm(formData);
  return handlePublicForm(formData, {
    read: () => ({ ...values, informed: values.informed || undefined, website }),
    values: () => values,
    schema: language === "en" ? englishSchema : delegationSchema,
    // The same budget as one registration: a delegation is one submission.
    rateLimit: { key: "registration", limit: env.REGISTRATION_RATE_LIMIT, windowSeconds: env.REGISTRATION_RATE_WINDOW_SECONDS },
    // Each member's purposes are recorded on their registration; the registrant vouches for having informed them.
    consent: { noticeVersion: PRIVACY_NOTICE_VERSION, purposes: () => ["REGISTRATION"] },
    fieldErrors: delegationFieldErrors,
    messages: { rateLimited: (minutes) => formatMessage(messages.rateLimited, { minutes }, language), invalid: messages.errorSummaryTitle },
    submit: (input, consent) => register(input, consent.noticeVersion, { language, values }),
  });
}

async function register(
  input: DelegationInput,
  noticeVersion: string,
  form: { language: Locale; values: DelegationFormValues },
): Promise<DelegationState> {
  const { language, values } = form;
  const messages = (language === "en" ? en : vi).register;
  const refused = (fieldMessages: Record<string, string[]>, message = messages.errorSummaryTitle) => refusedState(message, fieldMessages, values);
  const year = await registrationYear();
  if (!year) return refused({ form: [messages.noEdition] });
  let result: Awaited<ReturnType<typeof registerDelegation>>;
  try {
    result = await registerDelegation(db, { year, input, noticeVersion });
  } catch (error) {
    log.error({ err: error }, "the form could not register a delegation");
    return refused({}, messages.unexpected);
  }
  if (result.status === "invalid") {
    // The store words its errors in Vietnamese; closed sessions have their English twin.
    return refused(language === "en" && result.unavailable ? unavailableErrorsEn(result.unavailable, result.past ?? []) : result.errors);
  }
  revalidateSeatCounts(input.sessions);
  redirect(`${localizedPath(language, `/my-delegation/${result.manageToken}`)}?registered=1`);
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
  if (outcome === "cancelled") revalidateSeatCounts();
  redirect(outcome === "cancelled" ? `${path}?done=cancelled` : path);
}

export async function eraseDelegationRegistrantAction(formData: FormData): Promise<void> {
  const locale = isLocale(field(formData, "locale")) ? (field(formData, "locale") as Locale) : "vi";
  const outcome = await eraseDelegationRegistrant(db, field(formData, "token"));
  redirect(`${localizedPath(locale, "/register/delegation")}${outcome === "erased" ? "?erased=1" : ""}`);
}
