"use client";

import { useActionState } from "react";
import { idleState } from "@/lib/forms/action-state";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { saveReportNarrativeAction } from "@/lib/report/actions";
import { FormMessage, TextAreaField, TextField } from "../form-controls";
import { SubmitButton } from "../submit-button";

/** The header, signer, recipients and narrative sections of the results report, saved before export. */
export function ReportForm({ locale, initial }: { locale: Locale; initial: Record<string, string> }) {
  const t = getTranslator(locale, "adminReport");
  const [state, action] = useActionState(saveReportNarrativeAction, idleState);
  const values = state.status === "error" ? state.values : initial;
  const errors = state.status === "error" ? state.fieldErrors : {};
  return (
    <form key={JSON.stringify(values)} action={action} className="space-y-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <FormMessage state={state} />
      <fieldset className="space-y-5">
        <legend className="text-lg font-bold text-brand-900">{t("headerTitle")}</legend>
        <TextField name="issuerParent" label={t("issuerParent")} defaultValue={values.issuerParent} error={errors.issuerParent} />
        <TextField name="issuerName" label={t("issuerName")} required defaultValue={values.issuerName} error={errors.issuerName} />
        <TextField name="number" label={t("number")} hint={t("numberHint")} defaultValue={values.number} error={errors.number} />
        <TextAreaField name="signerTitle" rows={2} label={t("signerTitle")} hint={t("signerTitleHint")} defaultValue={values.signerTitle} error={errors.signerTitle} />
        <TextField name="signerName" label={t("signerName")} defaultValue={values.signerName} error={errors.signerName} />
        <TextAreaField name="recipients" rows={4} label={t("recipients")} hint={t("recipientsHint")} defaultValue={values.recipients} error={errors.recipients} />
      </fieldset>
      <fieldset className="space-y-5">
        <legend className="text-lg font-bold text-brand-900">{t("narrativeTitle")}</legend>
        {(["assessment", "lessons", "proposals"] as const).map((name) => (
          <TextAreaField key={name} name={name} rows={8} label={t(name)} hint={t("paragraphHint")} defaultValue={values[name]} error={errors[name]} />
        ))}
      </fieldset>
      <SubmitButton pendingLabel={getTranslator(locale, "adminForm")("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
