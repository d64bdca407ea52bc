"use client";

import { useActionState } from "react";
import { FormMessage, TextField } from "@/components/admin/form-controls";
import { SubmitButton } from "@/components/admin/submit-button";
import { idleState } from "@/lib/forms/action-state";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { answerInvitationAction } from "@/lib/invitations/reply-actions";

const ANSWERS = ["attend", "decline", "substitute"] as const;

/** Attend, decline or send a substitute; a plain form post that works without JavaScript. */
export function ReplyForm({ locale, token }: { locale: Locale; token: string }) {
  const t = getTranslator(locale, "invitationReply");
  const [state, action] = useActionState(answerInvitationAction, idleState);
  const values = state.status === "error" ? state.values : {};
  const errors = state.status === "error" ? state.fieldErrors : {};
  const chosen = values.answer ?? "attend";
  return (
    // CSS alone shows the substitute's fields and the consent for the answer chosen: no script needed.
    <form key={JSON.stringify(values)} action={action} className="group space-y-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <FormMessage state={state} />
      <fieldset aria-describedby={errors.answer ? "answer-error" : undefined}>
        <legend className="text-lg font-bold text-brand-900">{t("question")}</legend>
        <div className="mt-3 space-y-2">
          {ANSWERS.map((choice) => (
            <label key={choice} className="flex min-h-11 items-center gap-3 rounded-md px-2 ring-1 ring-brand-100">
              <input type="radio" name="answer" value={choice} defaultChecked={chosen === choice} className="h-5 w-5" />
              <span>{t(choice)}</span>
            </label>
          ))}
        </div>
        {errors.answer && (
          <p id="answer-error" className="mt-1 text-sm font-semibold text-accent-700">
            {errors.answer}
          </p>
        )}
      </fieldset>
      <div className="hidden space-y-4 group-has-[input[value=substitute]:checked]:block">
        <TextField name="substituteName" label={t("substituteName")} defaultValue={values.substituteName} error={errors.substituteName} autoComplete="off" />
        <TextField name="substitutePosition" label={t("substitutePosition")} defaultValue={values.substitutePosition} error={errors.substitutePosition} autoComplete="off" />
        <TextField name="substituteEmail" type="email" label={t("substituteEmail")} defaultValue={values.substituteEmail} error={errors.substituteEmail} autoComplete="off" />
      </div>
      <div className="group-has-[input[value=decline]:checked]:hidden">
          <label className="flex items-start gap-3">
            <input type="checkbox" name="consent" value="on" className="mt-1 h-5 w-5" aria-describedby={errors.consent ? "consent-error" : undefined} />
            <span>{t("consent")}</span>
          </label>
          {errors.consent && (
            <p id="consent-error" className="mt-1 text-sm font-semibold text-accent-700">
              {errors.consent}
            </p>
          )}
      </div>
      <SubmitButton pendingLabel={t("submit")}>{t("submit")}</SubmitButton>
    </form>
  );
}
