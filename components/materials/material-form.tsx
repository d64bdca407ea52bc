"use client";

import { useActionState } from "react";
import { FormMessage, SelectField, TextField } from "@/components/admin/form-controls";
import { inputClass } from "@/components/admin/styles";
import { SubmitButton } from "@/components/admin/submit-button";
import { idleState, type ActionState } from "@/lib/forms/action-state";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { MATERIAL_KINDS } from "@/lib/materials/schema";

type Props = {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  locale: Locale;
  /** Hidden fields that say where the material goes: the session (organisers) or the signed link (speakers). */
  fields: Record<string, string>;
};

/** Add a PDF (slides, a document) or a video or livestream link to a session. */
export function MaterialForm({ action, locale, fields }: Props) {
  const t = getTranslator(locale, "sessionMaterials");
  const kinds = getTranslator(locale, "sessionMaterialKind");
  const [state, formAction] = useActionState(action, idleState);
  const values = state.status === "error" ? state.values : {};
  const errors = state.status === "error" ? state.fieldErrors : {};
  return (
    <form key={JSON.stringify(state)} action={formAction} className="space-y-5" noValidate encType="multipart/form-data">
      <input type="hidden" name="locale" value={locale} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormMessage state={state} />
      <SelectField
        name="kind"
        id="material-kind"
        label={t("kind")}
        defaultValue={values.kind ?? "SLIDES"}
        error={errors.kind}
        options={MATERIAL_KINDS.map((kind) => ({ value: kind, label: kinds(kind) }))}
      />
      <TextField name="title" id="material-title" label={t("titleLabel")} required defaultValue={values.title} error={errors.title} />
      <div>
        <label htmlFor="material-file" className="block text-sm font-semibold text-brand-900">
          {t("file")}
        </label>
        <input
          id="material-file"
          name="file"
          type="file"
          accept="application/pdf"
          className={inputClass}
          aria-invalid={errors.file ? true : undefined}
          aria-describedby={errors.file ? "material-file-hint material-file-error" : "material-file-hint"}
        />
        <p id="material-file-hint" className="mt-1 text-sm text-muted">
          {t("fileHint")}
        </p>
        {errors.file && (
          <p id="material-file-error" className="mt-1 text-sm font-semibold text-accent-700">
            {errors.file}
          </p>
        )}
      </div>
      <TextField name="url" id="material-url" type="url" label={t("url")} hint={t("urlHint")} defaultValue={values.url} error={errors.url} />
      <SubmitButton pendingLabel={getTranslator(locale, "adminForm")("saving")}>{t("add")}</SubmitButton>
    </form>
  );
}
