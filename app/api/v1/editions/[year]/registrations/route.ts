import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { DomainError } from "@/lib/errors";
import { jsonError, jsonResponse } from "@/lib/http/json";
import { isCrossSiteRequest, readJsonBody } from "@/lib/http/request";
import { getTranslator } from "@/lib/i18n/translator";
import { revalidateSessionPages } from "@/lib/agenda/revalidate";
import { checkRateLimit, clientIp } from "@/lib/rate-limit";
import { notifyAlreadyRegistered } from "@/lib/registration/already-registered";
import { manageUrl } from "@/lib/registration/notifications";
import { PRIVACY_NOTICE_VERSION } from "@/lib/registration/privacy";
import { registrationFieldErrors, registrationSchema } from "@/lib/registration/schema";
import { registerDelegate, unavailableErrorsEn, type RegisterResult } from "@/lib/registration/service";

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

  const limit = await checkRateLimit(db, `registration:${clientIp(request.headers)}`, {
    limit: env.REGISTRATION_RATE_LIMIT,
    windowSeconds: env.REGISTRATION_RATE_WINDOW_SECONDS,
  });
  if (!limit.allowed) {
    return jsonError(
      429,
      t("rateLimited", { seconds: limit.retryAfterSeconds }),
      {},
      {
        headers: { ...NO_STORE, "Retry-After": String(limit.retryAfterSeconds) },
      },
    );
  }

  const body = await readJsonBody(request, { maxBytes: MAX_BODY_BYTES });
  if (!body.ok) {
    const message = { 400: t("malformed"), 413: t("tooLarge", { kilobytes: MAX_BODY_BYTES / 1024 }), 415: t("notJson") }[
      body.status
    ];
    return jsonError(body.status, message, {}, { headers: NO_STORE });
  }
  const parsed = registrationSchema.safeParse(body.value);
  if (!parsed.success) return jsonResponse({ errors: registrationFieldErrors(parsed.error) }, { status: 422, headers: NO_STORE });

  try {
    const result = await registerDelegate(db, { year: Number(year), input: parsed.data, noticeVersion: PRIVACY_NOTICE_VERSION });
    switch (result.status) {
      case "invalid":
        return jsonResponse(invalidBody(result), { status: 422, headers: NO_STORE });
      case "duplicate":
        // The existing link goes to the registered address (at most once a day); the caller, who may not
        // own it, learns nothing more.
        await notifyAlreadyRegistered(db, result.registrationId);
        return jsonError(409, t("duplicate"), {}, { headers: NO_STORE });
      case "created":
        // The confirmation e-mail was queued with the registration (the outbox worker sends it).
        revalidateSessionPages(result.seats.map((seat) => seat.session));
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

