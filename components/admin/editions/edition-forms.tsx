"use client";

import { useActionState } from "react";
import { copyEditionAction, createEditionAction, updateEditionAction } from "@/lib/editions/actions";
import { idleState, type ActionState } from "@/lib/forms/action-state";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { DateField, FormMessage, SelectField, TextAreaField, TextField } from "../form-controls";
import { SubmitButton } from "../submit-button";

type Values = Record<string, string | undefined>;

/** Name, theme and dates: the fields an edition is created with and edited by. */
function EditionDetailsFields({ locale, values, errors }: { locale: Locale; values: Values; errors: Values }) {
  const t = getTranslator(locale, "adminEditionForm");
  return (
    <>
      <TextField name="name" label={t("name")} defaultValue={values.name} error={errors.name} required />
      <TextField name="nameEn" lang="en" label={t("nameEn")} defaultValue={values.nameEn} error={errors.nameEn} />
      <TextField name="theme" label={t("theme")} defaultValue={values.theme} error={errors.theme} required />
      <TextField name="themeEn" lang="en" label={t("themeEn")} defaultValue={values.themeEn} error={errors.themeEn} />
      <div className="grid gap-4 sm:grid-cols-2">
        <DateField name="startsOn" label={t("startsOn")} defaultValue={values.startsOn} error={errors.startsOn} required />
        <DateField name="endsOn" label={t("endsOn")} defaultValue={values.endsOn} error={errors.endsOn} required />
      </div>
    </>
  );
}

function formValues(state: ActionState, initial: Values): { values: Values; errors: Values } {
  return state.status === "error" ? { values: state.values, errors: state.fieldErrors } : { values: initial, errors: {} };
}

export function NewEditionForm({ locale }: { locale: Locale }) {
  const t = getTranslator(locale, "adminEditionForm");
  const [state, action] = useActionState(createEditionAction, idleState);
  const { values, errors } = formValues(state, {});
  return (
    <form key={JSON.stringify(values)} action={action} className="space-y-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <FormMessage state={state} />
      <TextField
        name="year"
        type="number"
        inputMode="numeric"
        label={t("year")}
        defaultValue={values.year}
        error={errors.year}
        required
      />
      <EditionDetailsFields locale={locale} values={values} errors={errors} />
      <SubmitButton pendingLabel={t("saving")}>{t("create")}</SubmitButton>
    </form>
  );
}

/** `edition` holds the saved values, dates as yyyy-MM-dd. */
export function EditEditionForm({ locale, edition }: { locale: Locale; edition: { id: string } & Values }) {
  const t = getTranslator(locale, "adminEditionForm");
  const [state, action] = useActionState(updateEditionAction, idleState);
  const { values, errors } = formValues(state, edition);
  return (
    <form key={JSON.stringify(values)} action={action} className="space-y-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="editionId" value={edition.id} />
      <FormMessage state={state} />
      <EditionDetailsFields locale={locale} values={values} errors={errors} />
      <fieldset className="space-y-4">
        <legend className="text-base font-bold text-brand-900">{t("exhibitionTitle")}</legend>
        <DateField
          name="exhibitionApplyBy"
          label={t("exhibitionApplyBy")}
          hint={t("exhibitionApplyByHint")}
          defaultValue={values.exhibitionApplyBy}
          error={errors.exhibitionApplyBy}
        />
        <TextAreaField
          name="boothTerms"
          rows={4}
          label={t("boothTerms")}
          hint={t("boothTermsHint")}
          defaultValue={values.boothTerms}
          error={errors.boothTerms}
        />
        <TextAreaField
          name="boothTermsEn"
          lang="en"
          rows={4}
          label={t("boothTermsEn")}
          defaultValue={values.boothTermsEn}
          error={errors.boothTermsEn}
        />
      </fieldset>
      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}

type CopyProps = {
  locale: Locale;
  sources: { year: number; name: string }[];
  suggested: { sourceYear: number; year: number; startsOn: string };
};

export function CopyEditionForm({ locale, sources, suggested }: CopyProps) {
  const t = getTranslator(locale, "adminEditionForm");
  const [state, action] = useActionState(copyEditionAction, idleState);
  const { values, errors } = formValues(state, {
    sourceYear: String(suggested.sourceYear),
    year: String(suggested.year),
    startsOn: suggested.startsOn,
  });
  return (
    <form key={JSON.stringify(values)} action={action} className="space-y-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <FormMessage state={state} />
      <SelectField
        name="sourceYear"
        label={t("sourceYear")}
        defaultValue={values.sourceYear}
        error={errors.sourceYear}
        options={sources.map((source) => ({ value: String(source.year), label: `${source.year} – ${source.name}` }))}
      />
      <TextField
        name="year"
        type="number"
        inputMode="numeric"
        label={t("year")}
        defaultValue={values.year}
        error={errors.year}
        required
      />
      <DateField
        name="startsOn"
        label={t("newStartsOn")}
        hint={t("newStartsOnHint")}
        defaultValue={values.startsOn}
        error={errors.startsOn}
        required
      />
      <SubmitButton pendingLabel={t("saving")}>{t("copy")}</SubmitButton>
    </form>
  );
}
