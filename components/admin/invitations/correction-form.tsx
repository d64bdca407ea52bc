"use client";

import { useActionState } from "react";
import { idleState } from "@/lib/forms/action-state";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { correctBatchAction } from "@/lib/invitations/actions";
import { FormMessage, TextAreaField, TextField } from "../form-controls";
import { SubmitButton } from "../submit-button";

type Texts = { subject: string; body: string; recipientsNote: string };

/** The office's correction of a proposed batch's wording, with an optional note to the proposer. */
export function CorrectionForm({ locale, batchId, texts }: { locale: Locale; batchId: string; texts: Texts }) {
  const t = getTranslator(locale, "adminInvitations");
  const [state, action] = useActionState(correctBatchAction, idleState);
  const typed = state.status === "error" ? state.values : null;
  const errors = state.status === "error" ? state.fieldErrors : {};
  const value = (name: keyof Texts | "note") => typed?.[name] ?? (name === "note" ? "" : texts[name]);
  return (
    <form key={state.status === "success" ? state.message : JSON.stringify(typed)} action={action} className="space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="batchId" value={batchId} />
      <p className="text-muted">{t("correctIntro")}</p>
      <FormMessage state={state} />
      <TextField id="correct-subject" name="subject" label={t("subject")} defaultValue={value("subject")} error={errors.subject} required />
      <TextAreaField id="correct-body" name="body" label={t("body")} rows={10} defaultValue={value("body")} error={errors.body} required />
      <TextAreaField id="correct-recipients" name="recipientsNote" label={t("recipients")} rows={4} defaultValue={value("recipientsNote")} error={errors.recipientsNote} />
      <TextAreaField id="correct-note" name="note" label={t("correctNote")} rows={2} defaultValue={value("note")} error={errors.note} />
      <SubmitButton pendingLabel={t("saving")} variant="secondary">
        {t("correctSubmit")}
      </SubmitButton>
    </form>
  );
}
