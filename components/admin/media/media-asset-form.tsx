"use client";

import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { MEDIA_KINDS } from "@/lib/media/schema";
import { FormMessage, SelectField, TextField } from "../form-controls";
import { inputClass } from "../styles";
import { SubmitButton } from "../submit-button";
import { UploadProgress, useUploadForm } from "../upload-form";

/** Upload of one asset (or a video link). A success empties the form for the next one. */
export function MediaAssetForm({ locale }: { locale: Locale }) {
  const t = getTranslator(locale, "adminMedia");
  const kinds = getTranslator(locale, "mediaKind");
  const { state, progress, onSubmit } = useUploadForm("/api/admin/media/files", locale);
  const values = state.status === "error" ? state.values : {};
  const errors = state.status === "error" ? state.fieldErrors : {};
  const fileError = errors.file;
  return (
    <form key={JSON.stringify(state)} onSubmit={onSubmit} className="space-y-5" noValidate encType="multipart/form-data">
      <input type="hidden" name="locale" value={locale} />
      <FormMessage state={state} />
      {errors.form && <p className="font-semibold text-accent-700">{errors.form}</p>}
      <SelectField
        name="kind"
        label={t("kind")}
        options={MEDIA_KINDS.map((kind) => ({ value: kind, label: kinds(kind) }))}
        defaultValue={values.kind ?? "PRESS_RELEASE"}
        error={errors.kind}
      />
      <TextField name="title" label={t("titleLabel")} required defaultValue={values.title} error={errors.title} />
      <TextField name="titleEn" label={t("titleEnLabel")} defaultValue={values.titleEn} error={errors.titleEn} />
      <TextField name="description" label={t("description")} defaultValue={values.description} error={errors.description} />
      <div>
        <label htmlFor="media-file" className="block text-sm font-semibold text-brand-900">
          {t("file")}
        </label>
        <input
          id="media-file"
          name="file"
          type="file"
          className={inputClass}
          aria-invalid={fileError ? true : undefined}
          aria-describedby={fileError ? "media-file-hint media-file-error" : "media-file-hint"}
        />
        <p id="media-file-hint" className="mt-1 text-sm text-muted">
          {t("fileHint")}
        </p>
        {fileError && (
          <p id="media-file-error" className="mt-1 text-sm font-semibold text-accent-700">
            {fileError}
          </p>
        )}
      </div>
      <TextField name="url" type="url" label={t("url")} hint={t("urlHint")} defaultValue={values.url} error={errors.url} />
      <div className="flex items-center gap-3">
        <input id="media-publish" name="publish" type="checkbox" className="size-5" defaultChecked={values.publish === "on"} />
        <label htmlFor="media-publish" className="font-semibold text-brand-900">
          {t("publishNow")}
        </label>
      </div>
      <UploadProgress progress={progress} locale={locale} />
      <SubmitButton pendingLabel={t("adding")} pending={progress !== null}>
        {t("add")}
      </SubmitButton>
    </form>
  );
}
