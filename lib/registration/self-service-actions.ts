"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { isLocale, localizedPath, type Locale } from "@/lib/i18n/config";
import en from "@/lib/i18n/messages/en.json";
import vi from "@/lib/i18n/messages/vi.json";
import { logger } from "@/lib/log";
import { checkRateLimit, clientIp } from "@/lib/rate-limit";
import { findRegistrationByManageToken } from "./manage-queries";
import { fieldMessagesOf } from "@/lib/forms/action-state";
import { confirmEmailChange, correctOwnDetails, requestEmailChange } from "./self-service-store";
import { createDetailsCorrectionSchema, createEmailChangeSchema } from "./self-service-schema";

const log = logger("registration");

// The manage page's own corrections. Public POST endpoints: the manage token in the form is the
// only credential, checked afresh by each; the address change is rate-limited per registration
// and per client, as each request sends an e-mail to an address the caller chooses.

export type SelfServiceState = {
  submission: number;
  status: "idle" | "saved" | "unchanged" | "sent" | "invalid" | "rate-limited" | "invalid-link" | "failed";
  values?: Record<string, string>;
  errors?: Record<string, string[]>;
  retryAfterSeconds?: number;
};

const EMAIL_CHANGE_LIMIT = { perRegistration: { limit: 3, windowSeconds: 3_600 }, perClient: { limit: 10, windowSeconds: 3_600 } };

function field(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value.slice(0, 1_000) : "";
}

function languageOf(formData: FormData): Locale {
  const locale = field(formData, "locale");
  return isLocale(locale) ? locale : "vi";
}

function messagesOf(locale: Locale) {
  return (locale === "en" ? en : vi).registrationErrors;
}

export async function correctMyDetails(previous: SelfServiceState, formData: FormData): Promise<SelfServiceState> {
  const submission = previous.submission + 1;
  const values = { fullName: field(formData, "fullName"), position: field(formData, "position"), organization: field(formData, "organization"), phone: field(formData, "phone") };
  const registration = await findRegistrationByManageToken(db, field(formData, "token"));
  if (!registration) return { submission, status: "invalid-link", values };
  const parsed = createDetailsCorrectionSchema(messagesOf(languageOf(formData))).safeParse({ ...values, group: registration.group });
  if (!parsed.success) return { submission, status: "invalid", values, errors: fieldMessagesOf(parsed.error) };
  try {
    const result = await correctOwnDetails(db, registration.id, parsed.data);
    if (result.status === "not-active") return { submission, status: "invalid-link", values };
    return { submission, status: result.status === "corrected" ? "saved" : "unchanged" };
  } catch (error) {
    log.error({ err: error }, "a delegate's correction failed");
    return { submission, status: "failed", values };
  }
}

export async function requestMyEmailChange(previous: SelfServiceState, formData: FormData): Promise<SelfServiceState> {
  const submission = previous.submission + 1;
  const values = { email: field(formData, "email") };
  const registration = await findRegistrationByManageToken(db, field(formData, "token"));
  if (!registration) return { submission, status: "invalid-link", values };
  const parsed = createEmailChangeSchema(messagesOf(languageOf(formData))).safeParse(values);
  if (!parsed.success) return { submission, status: "invalid", values, errors: fieldMessagesOf(parsed.error) };
  for (const [key, rule] of [
    [`email-change:${registration.id}`, EMAIL_CHANGE_LIMIT.perRegistration],
    [`email-change-client:${clientIp(await headers())}`, EMAIL_CHANGE_LIMIT.perClient],
  ] as const) {
    const limit = await checkRateLimit(db, key, rule);
    if (!limit.allowed) return { submission, status: "rate-limited", values, retryAfterSeconds: limit.retryAfterSeconds };
  }
  try {
    const result = await requestEmailChange(db, registration.id, parsed.data.email);
    if (result.status === "sent") return { submission, status: "sent", values: { email: parsed.data.email } };
    if (result.status === "not-active") return { submission, status: "invalid-link", values };
    const t = (languageOf(formData) === "en" ? en : vi).selfService;
    return { submission, status: "invalid", values, errors: { email: [result.status === "taken" ? t.emailTaken : t.emailSame] } };
  } catch (error) {
    log.error({ err: error }, "a delegate's address change could not be asked for");
    return { submission, status: "failed", values };
  }
}

/** The button of the confirmation page (a POST, so a mail scanner opening the link changes nothing). */
export async function confirmMyEmailChange(formData: FormData): Promise<void> {
  const locale = languageOf(formData);
  const outcome = await confirmEmailChange(db, field(formData, "t"));
  redirect(`${localizedPath(locale, "/my-registration/confirm-email")}?result=${outcome.status}`);
}
