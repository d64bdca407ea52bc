"use server";

import { logger } from "@/lib/log";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { isLocale, localizedPath, type Locale } from "@/lib/i18n/config";
import en from "@/lib/i18n/messages/en.json";
import vi from "@/lib/i18n/messages/vi.json";
import { revalidateSessionPages } from "@/lib/agenda/revalidate";
import { checkRateLimit, clientIp } from "@/lib/rate-limit";
import { readRegistrationForm, type RegistrationFormState } from "./form";
import { notifyAlreadyRegistered } from "./already-registered";
import { PRIVACY_NOTICE_VERSION } from "./privacy";
import { createRegistrationSchema, registrationFieldErrors, registrationSchema } from "./schema";
import { registerDelegate, unavailableErrorsEn } from "./service";

const log = logger("registration");

// The form's Server Action. A public POST endpoint like the JSON API: same rate limit, same schema,
// same service; only the answers differ (a page instead of status codes).

const englishSchema = createRegistrationSchema(en.registrationErrors);

export async function submitRegistration(
  locale: Locale,
  previous: RegistrationFormState,
  formData: FormData,
): Promise<RegistrationFormState> {
  const language: Locale = isLocale(locale) ? locale : "vi";
  const submission = previous.submission + 1;
  const { website, ...values } = readRegistrationForm(formData);

  // The API's budget, same key: a client cannot double its attempts by switching between form and API.
  const limit = await checkRateLimit(db, `registration:${clientIp(await headers())}`, {
    limit: env.REGISTRATION_RATE_LIMIT,
    windowSeconds: env.REGISTRATION_RATE_WINDOW_SECONDS,
  });
  if (!limit.allowed) return { status: "rate-limited", submission, values, retryAfterSeconds: limit.retryAfterSeconds };

  const schema = language === "en" ? englishSchema : registrationSchema;
  const parsed = schema.safeParse({ ...values, website });
  if (!parsed.success) return { status: "invalid", submission, values, errors: registrationFieldErrors(parsed.error) };

  const current = await db.edition.findFirst({ where: { isCurrent: true, status: "PUBLISHED" }, select: { year: true } });
  if (!current)
    return { status: "invalid", submission, values, errors: { form: [(language === "en" ? en : vi).register.noEdition] } };

  let result: Awaited<ReturnType<typeof registerDelegate>>;
  try {
    result = await registerDelegate(db, { year: current.year, input: parsed.data, noticeVersion: PRIVACY_NOTICE_VERSION });
  } catch (error) {
    log.error({ err: error }, "the form could not register a delegate");
    return { status: "failed", submission, values };
  }

  switch (result.status) {
    case "invalid": {
      const errors =
        language === "en" && result.unavailable ? unavailableErrorsEn(result.unavailable, result.past ?? []) : result.errors;
      return { status: "invalid", submission, values, errors };
    }
    case "duplicate": {
      // The existing link goes to the registered address (at most once a day), never to the screen.
      await notifyAlreadyRegistered(db, result.registrationId);
      return { status: "duplicate", submission, email: parsed.data.email };
    }
    case "created": {
      // The confirmation e-mail was queued with the registration itself.
      const { manageToken } = result;
      revalidateSessionPages(result.seats.map((seat) => seat.session));
      redirect(`${localizedPath(language, `/my-registration/${manageToken}`)}?registered=1`);
    }
  }
}
