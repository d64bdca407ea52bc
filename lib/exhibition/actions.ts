"use server";

import { logger } from "@/lib/log";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "@/lib/zod";
import { db } from "@/lib/db";
import { defaultLocale, isLocale, localizedPath } from "@/lib/i18n/config";
import { getMessages } from "@/lib/i18n/translator";
import { checkRateLimit, clientIp } from "@/lib/rate-limit";
import { receiveExhibitorApplication } from "./applications";
import { APPLICATION_RECEIVED_PATH } from "./paths";
import {
  applicationFromForm,
  createExhibitorApplicationSchema,
  type ApplicationField,
  type ApplicationFormState,
} from "./schema";
const log = logger("exhibition");

/**
 * Attempts per client address, valid or not. An exhibition has some twenty booths: an office behind
 * one address applying for several enterprises stays well within it, a script does not.
 */
const APPLICATION_RATE_LIMIT = { limit: 20, windowSeconds: 3600 };

/** What was typed, to show the form again with the input kept; the consent box comes back as "on". */
function typedValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  }
  return values;
}

/** The public exhibitor application form (no account): validate, store as PENDING, acknowledge by e-mail. */
export async function submitExhibitorApplication(previous: ApplicationFormState, form: FormData): Promise<ApplicationFormState> {
  const submission = previous.submission + 1;
  const rawLocale = form.get("locale");
  const locale = typeof rawLocale === "string" && isLocale(rawLocale) ? rawLocale : defaultLocale;
  const received = localizedPath(locale, APPLICATION_RECEIVED_PATH);

  // Honeypot: people never see this field; a bot that fills it in is shown the same confirmation
  // page as everybody else, and nothing is stored or sent.
  const honeypot = form.get("website");
  if (typeof honeypot === "string" && honeypot.length > 0) redirect(received);

  const limit = await checkRateLimit(db, `exhibitor-application:${clientIp(await headers())}`, APPLICATION_RATE_LIMIT);
  if (!limit.allowed) {
    return {
      submission,
      status: "rate-limited",
      retryAfterMinutes: Math.ceil(limit.retryAfterSeconds / 60),
      values: typedValues(form),
    };
  }

  const schema = createExhibitorApplicationSchema(getMessages(locale).exhibitorApplicationErrors);
  const parsed = schema.safeParse(applicationFromForm(form));
  if (!parsed.success) {
    const fieldErrors = z.flattenError(parsed.error).fieldErrors as Partial<Record<ApplicationField, string[]>>;
    return { submission, status: "invalid", fieldErrors, values: typedValues(form) };
  }

  let result;
  try {
    result = await receiveExhibitorApplication(db, parsed.data);
  } catch (error) {
    log.error({ err: error }, "an application was not stored");
    return { submission, status: "failed", values: typedValues(form) };
  }
  if (result.status === "closed") return { submission, status: "closed" };
  redirect(received);
}
