"use client";

import { useActionState } from "react";
import { updateBoothImageAltAction } from "@/lib/exhibition/image-actions";
import { ALT_MAX } from "@/lib/exhibition/image-schema";
import { idleState } from "@/lib/forms/action-state";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { FormMessage, TextField } from "../form-controls";
import { SubmitButton } from "../submit-button";
import { UploadProgress, useUploadForm } from "../upload-form";

type FieldValues = Record<string, string | undefined>;

/** The Vietnamese (required) and English alternative texts of a picture, as both forms ask for them. */
function AltTextFields(props: {
  idPrefix: string;
  labels: (key: "alt" | "altEn") => string;
  hint?: string;
  values: FieldValues;
  errors: FieldValues;
}) {
  const { idPrefix, labels, hint, values, errors } = props;
  return (
    <>
      <TextField
        name="alt"
        id={`${idPrefix}-alt`}
        label={labels("alt")}
        hint={hint}
        required
        maxLength={ALT_MAX}
        defaultValue={values.alt}
        error={errors.alt}
      />
      <TextField
        name="altEn"
        id={`${idPrefix}-alt-en`}
        label={labels("altEn")}
        maxLength={ALT_MAX}
        defaultValue={values.altEn}
        error={errors.altEn}
      />
    </>
  );
}

/** Upload of one or more pictures, all described by the same alternative text (each can be changed after). */
export function BoothImageUploadForm({ locale, boothId }: { locale: Locale; boothId: string }) {
  const t = getTranslator(locale, "adminBoothImages");
  const { state, progress, onSubmit } = useUploadForm(`/api/admin/booths/${boothId}/images`, locale);
  const values = state.status === "error" ? state.values : {};
  const errors = state.status === "error" ? state.fieldErrors : {};
  return (
    <form key={JSON.stringify(state)} onSubmit={onSubmit} className="space-y-4" noValidate encType="multipart/form-data">
      <input type="hidden" name="locale" value={locale} />
      <FormMessage state={state} />
      <TextField
        name="files"
        id="booth-image-files"
        type="file"
        multiple
        accept="image/jpeg,image/png,image/webp"
        label={t("files")}
        hint={t("filesHint")}
        error={errors.files}
      />
      <AltTextFields idPrefix="booth-image" labels={t} hint={t("altHint")} values={values} errors={errors} />
      <UploadProgress progress={progress} locale={locale} />
      <SubmitButton pendingLabel={t("uploading")} pending={progress !== null}>
        {t("upload")}
      </SubmitButton>
    </form>
  );
}

/** The alternative texts of one picture. */
export function BoothImageAltForm({
  locale,
  boothId,
  fileId,
  alt,
  altEn,
}: {
  locale: Locale;
  boothId: string;
  fileId: string;
  alt: string;
  altEn: string | null;
}) {
  const t = getTranslator(locale, "adminBoothImages");
  const [state, action] = useActionState(updateBoothImageAltAction, idleState);
  const values = state.status === "error" ? state.values : { alt, altEn: altEn ?? "" };
  const errors = state.status === "error" ? state.fieldErrors : {};
  return (
    <form key={JSON.stringify(values)} action={action} className="space-y-3" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="boothId" value={boothId} />
      <input type="hidden" name="fileId" value={fileId} />
      <FormMessage state={state} />
      <AltTextFields idPrefix={`booth-image-${fileId}`} labels={t} values={values} errors={errors} />
      <SubmitButton variant="secondary" pendingLabel={t("saving")}>
        {t("saveAlt")}
      </SubmitButton>
    </form>
  );
}
