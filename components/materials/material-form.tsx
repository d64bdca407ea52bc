"use client";

import { FormMessage, SelectField, TextField } from "@/components/admin/form-controls";
import { inputClass } from "@/components/admin/styles";
import { SubmitButton } from "@/components/admin/submit-button";
import { UploadProgress, useUploadForm } from "@/components/admin/upload-form";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { MATERIAL_KINDS } from "@/lib/materials/schema";

type Props = {
  /** The upload route, which says where the material goes: the session's (organisers) or the signed link's (speakers). */
  url: string;
  locale: Locale;
};

/** Add a PDF (slides, a document) or a video or livestream link to a session. */
export function MaterialForm({ url, locale }: Props) {
  const t = getTranslator(locale, "sessionMaterials");
  const kinds = getTranslator(locale, "sessionMaterialKind");
  const { state, progress, onSubmit } = useUploadForm(url, locale);
  const values = state.status === "error" ? state.values : {};
  const errors = state.status === "error" ? state.fieldErrors : {};
  return (
    <form key={JSON.stringify(state)} onSubmit={onSubmit} className="space-y-5" noValidate encType="multipart/form-data">
      <input type="hidden" name="locale" value={locale} />
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
      <UploadProgress progress={progress} locale={locale} />
      <SubmitButton pendingLabel={getTranslator(locale, "adminForm")("saving")} pending={progress !== null}>
        {t("add")}
      </SubmitButton>
    </form>
  );
}
