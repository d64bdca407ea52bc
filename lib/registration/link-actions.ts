"use server";

import { logger } from "@/lib/log";
import { after } from "next/server";
import { headers } from "next/headers";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { errorState, fieldErrorsOf, formLocale, type ActionState } from "@/lib/forms/action-state";
import { formatMessage, getMessages } from "@/lib/i18n/translator";
import { checkRateLimit, clientIp } from "@/lib/rate-limit";
import { resendManageLink } from "./link-request-store";
import { createLinkRequestSchema } from "./schema";

const log = logger("registration");

// The "send me my link again" form: a public POST like the registration form, with its budget per
// client address. Every valid address gets the same answer; the look-up and the e-mail follow the
// response.

export async function requestManageLinkAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const locale = formLocale(formData);
  const messages = getMessages(locale);
  const t = messages.linkRequest;

  const limit = await checkRateLimit(db, `manage-link:${clientIp(await headers())}`, {
    limit: env.REGISTRATION_RATE_LIMIT,
    windowSeconds: env.REGISTRATION_RATE_WINDOW_SECONDS,
  });
  if (!limit.allowed) {
    return errorState(formatMessage(t.rateLimited, { minutes: Math.ceil(limit.retryAfterSeconds / 60) }, locale), {}, formData);
  }

  const parsed = createLinkRequestSchema(messages.registrationErrors).safeParse({
    email: formData.get("email") ?? "",
    website: formData.get("website") ?? "",
  });
  if (!parsed.success) return errorState(t.fixErrors, fieldErrorsOf(parsed.error), formData);

  const { email } = parsed.data;
  after(() => resendManageLink(db, email).catch((error: unknown) => log.error({ err: error }, "a manage link request failed")));
  return { status: "success", message: formatMessage(t.sent, { email }), result: undefined };
}
