"use client";

import { useActionState } from "react";
import { addBoothImagesAction, updateBoothImageAltAction } from "@/lib/exhibition/image-actions";
import { idleState } from "@/lib/forms/action-state";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { FormMessage, TextField } from "../form-controls";
import { SubmitButton } from "../submit-button";

/** Upload of one or more pictures, all described by the same alternative text (each can be changed after). */
export function BoothImageUploadForm({ locale, boothId }: { locale: Locale; boothId: string }) {
  const t = getTranslator(locale, "adminBoothImages");
  const [state, action] = useActionState(addBoothImagesAction, idleState);
  const values = state.status === "error" ? state.values : {};
  const errors = state.status === "error" ? state.fieldErrors : {};
  return (
    <form key={JSON.stringify(state)} action={action} className="space-y-4" noValidate encType="multipart/form-data">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="boothId" value={boothId} />
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
      <TextField
        name="alt"
        id="booth-image-alt"
        label={t("alt")}
        hint={t("altHint")}
        required
        maxLength={300}
        defaultValue={values.alt}
        error={errors.alt}
      />
      <TextField
        name="altEn"
        id="booth-image-alt-en"
        label={t("altEn")}
        maxLength={300}
        defaultValue={values.altEn}
        error={errors.altEn}
      />
      <SubmitButton pendingLabel={t("uploading")}>{t("upload")}</SubmitButton>
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
      <TextField
        name="alt"
        id={`alt-${fileId}`}
        label={t("alt")}
        required
        maxLength={300}
        defaultValue={values.alt}
        error={errors.alt}
      />
      <TextField
        name="altEn"
        id={`alt-en-${fileId}`}
        label={t("altEn")}
        maxLength={300}
        defaultValue={values.altEn}
        error={errors.altEn}
      />
      <SubmitButton variant="secondary" pendingLabel={t("saving")}>
        {t("saveAlt")}
      </SubmitButton>
    </form>
  );
}
