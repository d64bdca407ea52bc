"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { fieldErrorsOf, formLocale, submittedValues, type ActionState } from "@/lib/forms/action-state";
import { localizedPath } from "@/lib/i18n/config";
import { formatMessage, getMessages } from "@/lib/i18n/translator";
import { checkRateLimit, clientIp } from "@/lib/rate-limit";
import { submitAccreditation } from "./accreditations";
import { ACCREDITATION_RECEIVED_PATH } from "./paths";
import { accreditationFromForm, createAccreditationSchema } from "./schema";

/** Attempts per client address, valid or not: a newsroom behind one address stays well within it. */
const ACCREDITATION_RATE_LIMIT = { limit: 20, windowSeconds: 3600 };

/** The form's error state, with every ticked session kept (a form value holds only the last of a repeated field). */
function invalid(message: string, fieldErrors: Record<string, string | undefined>, form: FormData): ActionState {
  const values = { ...submittedValues(form), sessionIds: form.getAll("sessionIds").join(",") };
  return { status: "error", message, fieldErrors, values };
}

/** The public accreditation form (no account): validate, store as pending for the organisers. */
export async function submitAccreditationAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const locale = formLocale(form);
  const messages = getMessages(locale).pressAccreditation;
  const received = localizedPath(locale, ACCREDITATION_RECEIVED_PATH);
  // Honeypot: people never see this field; a bot that fills it in sees the same confirmation.
  const honeypot = form.get("website");
  if (typeof honeypot === "string" && honeypot.length > 0) redirect(received);

  const limit = await checkRateLimit(db, `press-accreditation:${clientIp(await headers())}`, ACCREDITATION_RATE_LIMIT);
  if (!limit.allowed) {
    return invalid(formatMessage(messages.rateLimited, { minutes: Math.ceil(limit.retryAfterSeconds / 60) }, locale), {}, form);
  }
  const parsed = createAccreditationSchema(messages.errors).safeParse(accreditationFromForm(form));
  if (!parsed.success) return invalid(messages.fixErrors, fieldErrorsOf(parsed.error), form);
  const result = await submitAccreditation(db, parsed.data);
  if (result.status === "closed") return invalid(messages.closed, {}, form);
  if (result.status === "duplicate") return invalid(messages.fixErrors, { email: messages.errors.duplicate }, form);
  redirect(received);
}
