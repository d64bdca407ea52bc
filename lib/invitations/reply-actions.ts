"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { DomainError } from "@/lib/errors";
import { errorState, fieldErrorsOf, formLocale, type ActionState } from "@/lib/forms/action-state";
import { localizedPath } from "@/lib/i18n/config";
import { getMessages } from "@/lib/i18n/translator";
import { checkRateLimit, clientIp } from "@/lib/rate-limit";
import { answerInvitation } from "./replies";
import { invitationIdOf } from "./reply-link";
import { createInvitationSchemas } from "./schema";

// The invitee's answer: a public POST endpoint behind the signed link. The token is checked again
// here (the page that showed the form proves nothing), the public-write rate limit applies, and the
// answer is followed by a redirect, so a reload never sends it twice.

const PROBLEMS = { FULL: "full", CONFLICT: "alreadyAnswered", INVALID_STATE: "revoked", NOT_FOUND: "invalidLink" } as const;

export async function answerInvitationAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const locale = formLocale(formData);
  const messages = getMessages(locale);
  const t = messages.invitationReply;
  const token = String(formData.get("token") ?? "");
  const invitationId = invitationIdOf(token);
  if (!invitationId) return errorState(t.invalidLink);

  const limit = await checkRateLimit(db, `invitation-reply:${clientIp(await headers())}`, {
    limit: env.REGISTRATION_RATE_LIMIT,
    windowSeconds: env.REGISTRATION_RATE_WINDOW_SECONDS,
  });
  if (!limit.allowed) return errorState(t.tooManyRequests, {}, formData);

  const parsed = createInvitationSchemas(messages.invitationErrors).reply.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return errorState(t.fixErrors, fieldErrorsOf(parsed.error), formData);
  try {
    // An attending delegate's confirmation is queued with the answer.
    await answerInvitation(db, invitationId, parsed.data);
  } catch (error) {
    if (error instanceof DomainError && error.details.reason === "substituteEmailTaken") {
      return errorState(t.fixErrors, { substituteEmail: t.substituteEmailTaken }, formData);
    }
    // The page itself says the period is over, with the office's contact.
    if (error instanceof DomainError && error.details.reason === "replyClosed") redirect(localizedPath(locale, `/invitation/${encodeURIComponent(token)}`));
    if (error instanceof DomainError && error.code in PROBLEMS) return errorState(t[PROBLEMS[error.code as keyof typeof PROBLEMS]], {}, formData);
    throw error;
  }
  redirect(localizedPath(locale, `/invitation/${encodeURIComponent(token)}`));
}
