"use client";

import { useActionState } from "react";
import { idleState } from "@/lib/forms/action-state";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { updateRegistrationDetailsAction } from "@/lib/registration/admin-actions";
import { PROVINCIAL_UNITS } from "@/lib/registration/provinces";
import { DELEGATE_GROUPS } from "@/lib/registration/schema";
import type { RegistrationFormValues } from "@/lib/registration/form";
import { FormMessage, SelectField, TextField } from "../form-controls";
import { SubmitButton } from "../submit-button";

/** The delegate's own fields of the public form. */
type DelegateDetails = Omit<RegistrationFormValues, "sessions" | "consents">;

/** Corrects a delegate's details under the public form's rules; what was typed stays on an error. */
export function RegistrationDetailsForm({ locale, registrationId, details }: { locale: Locale; registrationId: string; details: DelegateDetails }) {
  const t = getTranslator(locale, "adminRegistrations");
  const groups = getTranslator(locale, "delegateGroup");
  const form = getTranslator(locale, "adminForm");
  const [state, action] = useActionState(updateRegistrationDetailsAction, idleState);
  const errors = state.status === "error" ? state.fieldErrors : {};
  const values: Partial<DelegateDetails> = state.status === "error" ? state.values : details;
  const provinces = PROVINCIAL_UNITS.includes(values.province ?? "") ? PROVINCIAL_UNITS : [values.province ?? "", ...PROVINCIAL_UNITS];
  return (
    <form key={JSON.stringify(values)} action={action} className="grid gap-4 sm:grid-cols-2" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="registrationId" value={registrationId} />
      <div className="sm:col-span-2">
        <FormMessage state={state} />
      </div>
      <TextField name="fullName" label={t("fullName")} defaultValue={values.fullName} error={errors.fullName} required />
      <TextField name="position" label={t("position")} defaultValue={values.position} error={errors.position} required />
      <TextField name="organization" label={t("organization")} defaultValue={values.organization} error={errors.organization} required />
      <SelectField
        name="group"
        label={t("group")}
        defaultValue={values.group}
        error={errors.group}
        options={DELEGATE_GROUPS.map((group) => ({ value: group, label: groups(group) }))}
      />
      <TextField name="email" type="email" label={t("email")} defaultValue={values.email} error={errors.email} required />
      <TextField name="phone" type="tel" label={t("phone")} defaultValue={values.phone} error={errors.phone} required />
      <SelectField
        name="province"
        label={t("province")}
        defaultValue={values.province}
        error={errors.province}
        options={provinces.map((province) => ({ value: province, label: province }))}
      />
      <div className="flex items-end">
        <SubmitButton pendingLabel={form("saving")}>{t("save")}</SubmitButton>
      </div>
    </form>
  );
}
