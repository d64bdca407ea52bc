"use client";

import Link from "next/link";
import { useActionState } from "react";
import { saveBoothAction } from "@/lib/exhibition/admin-actions";
import { BOOTH_CATEGORIES } from "@/lib/exhibition/rules";
import { idleState } from "@/lib/forms/action-state";
import { localizedPath, type Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { FormMessage, SelectField, TextField } from "../form-controls";
import { inputClass } from "../styles";
import { SubmitButton } from "../submit-button";

type BoothFormValues = Record<string, string>;

/** Create or edit a booth; the place is typed as coordinates (decimetres), checked against the hall and the other booths. */
export function BoothForm({ locale, boothId, initial }: { locale: Locale; boothId?: string; initial: BoothFormValues }) {
  const t = getTranslator(locale, "adminBooths");
  const categories = getTranslator(locale, "boothCategory");
  const [state, action] = useActionState(saveBoothAction, idleState);
  const values = state.status === "error" ? state.values : initial;
  const errors = state.status === "error" ? state.fieldErrors : {};
  const number = (name: "x" | "y" | "width" | "height") => (
    <TextField
      name={name}
      label={t(name)}
      type="number"
      inputMode="numeric"
      min={0}
      required
      defaultValue={values[name]}
      error={errors[name]}
    />
  );
  return (
    <form key={JSON.stringify(values)} action={action} className="space-y-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {boothId && <input type="hidden" name="id" value={boothId} />}
      <FormMessage state={state} />
      {state.status === "success" && !boothId && (
        <Link href={localizedPath(locale, `/admin/booths/${state.result.id}`)} className="font-semibold text-brand-700 underline">
          {t("editTitle", { code: state.result.code })}
        </Link>
      )}
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField name="code" label={t("code")} hint={t("codeHint")} required defaultValue={values.code} error={errors.code} />
        <SelectField
          name="category"
          label={t("category")}
          options={BOOTH_CATEGORIES.map((category) => ({ value: category, label: categories(category) }))}
          defaultValue={values.category}
          error={errors.category}
        />
      </div>
      <TextField
        name="exhibitorName"
        label={t("exhibitorName")}
        required
        defaultValue={values.exhibitorName}
        error={errors.exhibitorName}
      />
      <fieldset className="rounded-lg border border-brand-100 p-4">
        <legend className="px-1 font-semibold text-brand-900">{t("placement")}</legend>
        <div className="grid grid-cols-2 gap-4 sm:grid-cols-4">
          {number("x")}
          {number("y")}
          {number("width")}
          {number("height")}
        </div>
      </fieldset>
      <TextField name="contactName" label={t("contactName")} defaultValue={values.contactName} error={errors.contactName} />
      <fieldset className="space-y-4 rounded-lg border border-brand-100 p-4" aria-describedby="booth-public-contact-hint">
        <legend className="px-1 font-semibold text-brand-900">{t("publicContact")}</legend>
        <p id="booth-public-contact-hint" className="text-sm text-muted">
          {t("publicContactHint")}
        </p>
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField
            name="contactEmail"
            type="email"
            label={t("contactEmail")}
            defaultValue={values.contactEmail}
            error={errors.contactEmail}
          />
          <TextField name="contactPhone" label={t("contactPhone")} defaultValue={values.contactPhone} error={errors.contactPhone} />
        </div>
        <TextField name="website" type="url" label={t("website")} defaultValue={values.website} error={errors.website} />
        <div className="flex items-start gap-3">
          <input
            id="booth-contacts-consent"
            name="contactsConsent"
            type="checkbox"
            className="mt-0.5 size-5 shrink-0"
            defaultChecked={values.contactsConsent === "on"}
          />
          <label htmlFor="booth-contacts-consent" className="font-semibold text-brand-900">
            {t("contactsConsent")}
          </label>
        </div>
        {values.contactsConsentAt ? (
          <p className="text-sm text-muted">{t("contactsConsentAt", { date: values.contactsConsentAt })}</p>
        ) : values.contactsConsent !== "on" ? (
          <p className="text-sm text-muted">{t("contactsPrivate")}</p>
        ) : null}
      </fieldset>
      <TextField name="products" label={t("products")} defaultValue={values.products} error={errors.products} />
      {(["description", "descriptionEn"] as const).map((name) => (
        <div key={name}>
          <label htmlFor={`booth-${name}`} className="block text-sm font-semibold text-brand-900">
            {t(name)}
          </label>
          <textarea id={`booth-${name}`} name={name} rows={4} className={inputClass} defaultValue={values[name]} />
          {errors[name] && <p className="mt-1 text-sm font-semibold text-accent-700">{errors[name]}</p>}
        </div>
      ))}
      <div className="flex items-center gap-3">
        <input id="booth-publish" name="publish" type="checkbox" className="size-5" defaultChecked={values.publish === "on"} />
        <label htmlFor="booth-publish" className="font-semibold text-brand-900">
          {t("publish")}
        </label>
      </div>
      <SubmitButton pendingLabel={getTranslator(locale, "adminForm")("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
