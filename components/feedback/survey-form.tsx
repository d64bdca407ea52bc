"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/admin/form-controls";
import { inputClass } from "@/components/admin/styles";
import { SubmitButton } from "@/components/admin/submit-button";
import { answerSurveyAction } from "@/lib/feedback/actions";
import { idleState } from "@/lib/forms/action-state";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";

/** A rating from 1 to 5 and an optional comment, anonymous unless the delegate signs it. */
export function SurveyForm({ locale, token }: { locale: Locale; token: string }) {
  const t = getTranslator(locale, "feedbackSurvey");
  const [state, action] = useActionState(answerSurveyAction, idleState);
  if (state.status === "success") return <FormMessage state={state} />;
  const errors = state.status === "error" ? state.fieldErrors : {};
  const values = state.status === "error" ? state.values : {};
  return (
    <form action={action} className="space-y-6" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <FormMessage state={state} />
      <fieldset aria-describedby={errors.rating ? "rating-error" : undefined}>
        <legend className="font-semibold text-brand-900">{t("ratingLabel")}</legend>
        <div className="mt-2 flex flex-wrap gap-2">
          {[1, 2, 3, 4, 5].map((rating) => (
            <label key={rating} className="flex min-h-11 min-w-11 cursor-pointer items-center gap-2 rounded-md border border-brand-200 px-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50">
              <input type="radio" name="rating" value={rating} defaultChecked={values.rating === String(rating)} className="size-5" />
              <span>{t("ratingOption", { rating })}</span>
            </label>
          ))}
        </div>
        <p className="mt-1 text-sm text-muted">{t("ratingHint")}</p>
        {errors.rating && (
          <p id="rating-error" className="mt-1 text-sm font-semibold text-accent-700">
            {errors.rating}
          </p>
        )}
      </fieldset>
      <div>
        <label htmlFor="survey-comment" className="block font-semibold text-brand-900">
          {t("commentLabel")}
        </label>
        <textarea id="survey-comment" name="comment" rows={5} className={inputClass} defaultValue={values.comment} aria-invalid={errors.comment ? true : undefined} />
        {errors.comment && <p className="mt-1 text-sm font-semibold text-accent-700">{errors.comment}</p>}
      </div>
      <label htmlFor="survey-signed" className="flex min-h-11 items-center gap-3">
        <input id="survey-signed" name="signed" type="checkbox" className="size-5" defaultChecked={values.signed === "on"} />
        <span>{t("signedLabel")}</span>
      </label>
      <SubmitButton pendingLabel={t("sending")}>{t("submit")}</SubmitButton>
    </form>
  );
}
