"use client";

import { useActionState } from "react";
import { idleState } from "@/lib/forms/action-state";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { updateMediaDetailsAction } from "@/lib/media/actions";
import { FormMessage, TextField } from "../form-controls";
import { SubmitButton } from "../submit-button";

type Details = { id: string; title: string; titleEn: string | null; description: string };

/** The words of one asset (title in both languages, description); its file is changed by uploading anew. */
export function MediaDetailsForm({ locale, asset }: { locale: Locale; asset: Details }) {
  const t = getTranslator(locale, "adminMedia");
  const [state, action] = useActionState(updateMediaDetailsAction, idleState);
  const values = state.status === "error" ? state.values : { ...asset, titleEn: asset.titleEn ?? "" };
  const errors = state.status === "error" ? state.fieldErrors : {};
  const id = (name: string) => `${name}-${asset.id}`;
  return (
    <form key={JSON.stringify(values)} action={action} className="space-y-3" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="id" value={asset.id} />
      <FormMessage state={state} />
      <TextField
        name="title"
        id={id("title")}
        label={t("titleLabel")}
        required
        defaultValue={values.title}
        error={errors.title}
      />
      <TextField
        name="titleEn"
        id={id("title-en")}
        label={t("titleEnLabel")}
        defaultValue={values.titleEn}
        error={errors.titleEn}
      />
      <TextField
        name="description"
        id={id("description")}
        label={t("description")}
        defaultValue={values.description}
        error={errors.description}
      />
      <SubmitButton variant="secondary" pendingLabel={t("savingDetails")}>
        {t("saveDetails")}
      </SubmitButton>
    </form>
  );
}
