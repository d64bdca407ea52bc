"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidateSessionPages } from "@/lib/agenda/revalidate";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { isLocale, localizedPath, type Locale } from "@/lib/i18n/config";
import en from "@/lib/i18n/messages/en.json";
import vi from "@/lib/i18n/messages/vi.json";
import { logger } from "@/lib/log";
import { checkRateLimit, clientIp } from "@/lib/rate-limit";
import { readDelegationForm, type DelegationFormState } from "./delegation-form";
import { createDelegationSchema, delegationFieldErrors, delegationSchema } from "./delegation-schema";
import { cancelDelegationMember, eraseDelegationRegistrant, registerDelegation } from "./delegation-service";
import { PRIVACY_NOTICE_VERSION } from "./privacy";
import { unavailableErrorsEn } from "./service";

const log = logger("registration");

// The delegation form and the delegation page's button. Public POST endpoints: the form shares the
// registration's rate limit and rules; the cancel button's only credential is the delegation's token.

const englishSchema = createDelegationSchema(en.registrationErrors, en.delegationErrors);

export async function submitDelegation(locale: Locale, previous: DelegationFormState, formData: FormData): Promise<DelegationFormState> {
  const language: Locale = isLocale(locale) ? locale : "vi";
  const submission = previous.submission + 1;
  const { website, ...values } = readDelegationForm(formData);

  // The same budget as one registration: a delegation is one submission.
  const limit = await checkRateLimit(db, `registration:${clientIp(await headers())}`, {
    limit: env.REGISTRATION_RATE_LIMIT,
    windowSeconds: env.REGISTRATION_RATE_WINDOW_SECONDS,
  });
  if (!limit.allowed) return { status: "rate-limited", submission, values, retryAfterSeconds: limit.retryAfterSeconds };

  const schema = language === "en" ? englishSchema : delegationSchema;
  const parsed = schema.safeParse({ ...values, informed: values.informed || undefined, website });
  if (!parsed.success) return { status: "invalid", submission, values, errors: delegationFieldErrors(parsed.error) };

  const current = await db.edition.findFirst({ where: { isCurrent: true, status: "PUBLISHED" }, select: { year: true } });
  if (!current) return { status: "invalid", submission, values, errors: { form: [(language === "en" ? en : vi).register.noEdition] } };

  let result: Awaited<ReturnType<typeof registerDelegation>>;
  try {
    result = await registerDelegation(db, { year: current.year, input: parsed.data, noticeVersion: PRIVACY_NOTICE_VERSION });
  } catch (error) {
    log.error({ err: error }, "the form could not register a delegation");
    return { status: "failed", submission, values };
  }
  if (result.status === "invalid") {
    // The service words its errors in Vietnamese; closed sessions have their English twin.
    const errors = language === "en" && result.unavailable ? unavailableErrorsEn(result.unavailable, result.past ?? []) : result.errors;
    return { status: "invalid", submission, values, errors };
  }
  revalidateSessionPages(parsed.data.sessions);
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
  redirect(outcome === "cancelled" ? `${path}?done=cancelled` : path);
}

export async function eraseDelegationRegistrantAction(formData: FormData): Promise<void> {
  const locale = isLocale(field(formData, "locale")) ? (field(formData, "locale") as Locale) : "vi";
  const outcome = await eraseDelegationRegistrant(db, field(formData, "token"));
  redirect(`${localizedPath(locale, "/register/delegation")}${outcome === "erased" ? "?erased=1" : ""}`);
}
