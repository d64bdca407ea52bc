import { env } from "@/lib/env";
import { DomainError } from "@/lib/errors";
import { handlePublicJson } from "@/lib/forms/public-form-json";
import { jsonError, jsonResponse } from "@/lib/http/json";
import { isCrossSiteRequest } from "@/lib/http/request";
import { getTranslator } from "@/lib/i18n/translator";
import { manageUrl } from "@/lib/registration/notifications-store";
import { PRIVACY_NOTICE_VERSION } from "@/lib/registration/privacy";
import { consentPurposes, registrationSchema, type RegistrationInput } from "@/lib/registration/schema";
import { unavailableErrorsEn, type RegisterResult } from "@/lib/registration/delegate-store";
import { takeRegistration } from "@/lib/registration/store";

// POST /api/v1/editions/{year}/registrations — the registration form's rules behind JSON, for
// integrations and load tests. Only JSON bodies are read (415 otherwise): a cross-site HTML form
// cannot send one, and browsers that try with fetch must send Origin, which has to be ours (403).

const MAX_BODY_BYTES = 16 * 1024;
const NO_STORE = { "Cache-Control": "no-store" };

type Context = { params: Promise<{ year: string }> };

const t = getTranslator("vi", "registrationApi");

export async function POST(request: Request, { params }: Context): Promise<Response> {
  return register(request, (await params).year);
}

async function register(request: Request, year: string): Promise<Response> {
  if (!/^\d{4}$/.test(year)) return jsonError(404, t("editionNotFound", { year }), {}, { headers: NO_STORE });
  if (isCrossSiteRequest(request.headers, env.PUBLIC_BASE_URL)) return jsonError(403, t("crossSite"), {}, { headers: NO_STORE });

  return handlePublicJson(request, {
    schema: registrationSchema,
    rateLimit: { key: "registration", limit: env.REGISTRATION_RATE_LIMIT, windowSeconds: env.REGISTRATION_RATE_WINDOW_SECONDS },
    consent: { noticeVersion: PRIVACY_NOTICE_VERSION, purposes: consentPurposes },
    maxBytes: MAX_BODY_BYTES,
    headers: NO_STORE,
    messages: {
      rateLimited: (seconds) => t("rateLimited", { seconds }),
      malformed: t("malformed"),
      tooLarge: t("tooLarge", { kilobytes: MAX_BODY_BYTES / 1024 }),
      notJson: t("notJson"),
    },
    submit: (input, consent) => answer(year, input, consent.noticeVersion),
  });
}

async function answer(year: string, input: RegistrationInput, noticeVersion: string): Promise<Response> {
  try {
    const result = await takeRegistration(input, { year: Number(year), noticeVersion });
    switch (result.status) {
      case "invalid":
        return jsonResponse(invalidBody(result), { status: 422, headers: NO_STORE });
      case "duplicate":
        // The existing link goes to the registered address (at most once a day); the caller, who may not
        // own it, learns nothing more.
        return jsonError(409, t("duplicate"), {}, { headers: NO_STORE });
      case "created":
        return jsonResponse(
          { code: result.registration.code, seats: result.seats, manageUrl: manageUrl(result.manageToken) },
          { status: 201, headers: NO_STORE },
        );
    }
  } catch (error) {
    if (error instanceof DomainError && error.code === "NOT_FOUND")
      return jsonError(404, t("editionNotFound", { year }), {}, { headers: NO_STORE });
    throw error;
  }
}

/**
 * Sessions refused by the service (taken place, closed, unknown) are named in one sentence each, in
 * Vietnamese (`error`, `errors`) and in English (`errorEn`, `errorsEn`): integrations are often
 * written by people who read either.
 */
function invalidBody(result: Extract<RegisterResult, { status: "invalid" }>) {
  if (!result.unavailable) return { errors: result.errors };
  const english = unavailableErrorsEn(result.unavailable, result.past ?? []);
  return {
    error: (result.errors.sessions ?? []).join(" "),
    errorEn: (english.sessions ?? []).join(" "),
    errors: result.errors,
    errorsEn: english,
  };
}

