"use server";

import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { DomainError } from "@/lib/errors";
import { errorState, formLocale, type ActionState } from "@/lib/forms/action-state";
import { handlePublicForm } from "@/lib/forms/public-form-action";
import { localizedPath } from "@/lib/i18n/config";
import { getMessages } from "@/lib/i18n/translator";
import { PRIVACY_NOTICE_VERSION } from "@/lib/registration/privacy";
import { answerInvitation } from "./replies-store";
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

  return handlePublicForm(formData, {
    schema: createInvitationSchemas(messages.invitationErrors).reply,
    read: (form) => Object.fromEntries(form),
    rateLimit: { key: "invitation-reply", limit: env.REGISTRATION_RATE_LIMIT, windowSeconds: env.REGISTRATION_RATE_WINDOW_SECONDS },
    // Declining gives nothing to keep; attending or sending someone registers that person.
    consent: { noticeVersion: PRIVACY_NOTICE_VERSION, purposes: (input) => (input.answer === "decline" ? [] : ["REGISTRATION"]) },
    messages: { rateLimited: () => t.tooManyRequests, invalid: t.fixErrors },
    submit: async (input) => {
      try {
        // An attending delegate's confirmation is queued with the answer.
        await answerInvitation(db, invitationId, input);
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
    },
  });
}
