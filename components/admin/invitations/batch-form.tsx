"use client";

import { useActionState } from "react";
import { idleState } from "@/lib/forms/action-state";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { createBatchAction, updateDraftAction } from "@/lib/invitations/actions";
import { FormMessage, TextAreaField, TextField } from "../form-controls";
import { SubmitButton } from "../submit-button";

export type SessionChoice = { id: string; title: string; when: string; quota: string };

type DraftValues = {
  sessionIds: string[];
  subject: string;
  body: string;
  signerAuthority: string;
  signerDeputy: string;
  signerTitle: string;
  signerName: string;
  recipientsNote: string;
};

/** The signer's block and "Nơi nhận" most invitations of UBND tỉnh start from. */
export const NEW_DRAFT: DraftValues = {
  sessionIds: [],
  subject: "",
  body: "",
  signerAuthority: "TM. ỦY BAN NHÂN DÂN",
  signerDeputy: "KT. CHỦ TỊCH",
  signerTitle: "PHÓ CHỦ TỊCH",
  signerName: "",
  recipientsNote: "Như trên\nCT, các PCT UBND tỉnh\nSở Khoa học và Công nghệ\nLưu: VT, KGVX",
};

type Props = { locale: Locale; sessions: SessionChoice[]; draft: DraftValues; batchId?: string };

/** Creates a batch (no `batchId`) or saves its draft: sessions, subject, body, signer, recipients. */
export function BatchForm({ locale, sessions, draft, batchId }: Props) {
  const t = getTranslator(locale, "adminInvitations");
  const [state, action] = useActionState(batchId ? updateDraftAction : createBatchAction, idleState);
  const typed = state.status === "error" ? state.values : null;
  const errors = state.status === "error" ? state.fieldErrors : {};
  const value = (name: Exclude<keyof DraftValues, "sessionIds">) => typed?.[name] ?? draft[name];
  // The action sends the ticked sessions back as one comma-separated value.
  const chosen = new Set(typed ? (typed.sessionIds ?? "").split(",") : draft.sessionIds);
  return (
    <form key={JSON.stringify(typed)} action={action} className="space-y-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {batchId && <input type="hidden" name="batchId" value={batchId} />}
      <FormMessage state={state} />
      <fieldset aria-describedby={errors.sessionIds ? "sessionIds-error" : undefined}>
        <legend className="text-sm font-semibold text-brand-900">{t("sessionsLabel")}</legend>
        <div className="mt-2 space-y-2">
          {sessions.map((session) => (
            <label key={session.id} className="flex items-start gap-3">
              <input type="checkbox" name="sessionIds" value={session.id} defaultChecked={chosen.has(session.id)} className="mt-1 h-5 w-5" />
              <span>
                <span className="font-semibold">{session.title}</span>
                <span className="block text-sm text-muted">
                  {session.when} · {session.quota}
                </span>
              </span>
            </label>
          ))}
        </div>
        {errors.sessionIds && (
          <p id="sessionIds-error" className="mt-1 text-sm font-semibold text-accent-700">
            {errors.sessionIds}
          </p>
        )}
      </fieldset>
      <TextField name="subject" label={t("subject")} hint={t("subjectHint")} defaultValue={value("subject")} error={errors.subject} required />
      <TextAreaField name="body" label={t("body")} hint={t("bodyHint")} rows={10} defaultValue={value("body")} error={errors.body} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="signerAuthority" label={t("signerAuthority")} defaultValue={value("signerAuthority")} error={errors.signerAuthority} required />
        <TextField name="signerDeputy" label={t("signerDeputy")} defaultValue={value("signerDeputy")} error={errors.signerDeputy} />
        <TextField name="signerTitle" label={t("signerTitle")} defaultValue={value("signerTitle")} error={errors.signerTitle} required />
        <TextField name="signerName" label={t("signerName")} defaultValue={value("signerName")} error={errors.signerName} required />
      </div>
      <TextAreaField name="recipientsNote" label={t("recipients")} rows={5} defaultValue={value("recipientsNote")} error={errors.recipientsNote} />
      <SubmitButton pendingLabel={t("saving")}>{batchId ? t("save") : t("create")}</SubmitButton>
    </form>
  );
}
