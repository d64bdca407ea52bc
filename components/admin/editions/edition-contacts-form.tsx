"use client";

import { useActionState } from "react";
import { saveEditionContactsAction } from "@/lib/editions/actions";
import { CONTACT_KINDS, contactFieldName } from "@/lib/editions/schema";
import { idleState } from "@/lib/forms/action-state";
import type { Locale } from "@/lib/i18n/config";
import { formatPhoneNumber } from "@/lib/i18n/phone";
import { getTranslator } from "@/lib/i18n/translator";
import { FormMessage, TextField } from "../form-controls";
import { SubmitButton } from "../submit-button";

type Contact = { kind: string; name: string; phone: string | null; email: string | null };

/** The saved desks as the form's flat fields, phone numbers the way people type them. */
function initialValues(contacts: Contact[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const contact of contacts) {
    values[`${contact.kind}.name`] = contact.name;
    values[`${contact.kind}.phone`] = formatPhoneNumber(contact.phone);
    values[`${contact.kind}.email`] = contact.email ?? "";
  }
  return values;
}

export function EditionContactsForm({ locale, editionId, contacts }: { locale: Locale; editionId: string; contacts: Contact[] }) {
  const t = getTranslator(locale, "adminEditionContacts");
  const [state, action] = useActionState(saveEditionContactsAction, idleState);
  const values = state.status === "error" ? state.values : initialValues(contacts);
  const errors = state.status === "error" ? state.fieldErrors : {};
  return (
    <form key={JSON.stringify(values)} action={action} className="space-y-6" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="editionId" value={editionId} />
      <FormMessage state={state} />
      {CONTACT_KINDS.map((kind) => (
        <fieldset key={kind} className="space-y-4">
          <legend className="text-base font-bold text-brand-900">{t(kind)}</legend>
          <TextField
            name={contactFieldName(kind, "name")}
            label={t("name")}
            hint={t("nameHint")}
            defaultValue={values[contactFieldName(kind, "name")]}
            error={errors[contactFieldName(kind, "name")]}
            maxLength={200}
          />
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField
              name={contactFieldName(kind, "phone")}
              type="tel"
              inputMode="tel"
              autoComplete="off"
              label={t("phone")}
              defaultValue={values[contactFieldName(kind, "phone")]}
              error={errors[contactFieldName(kind, "phone")]}
              maxLength={30}
            />
            <TextField
              name={contactFieldName(kind, "email")}
              type="email"
              autoComplete="off"
              label={t("email")}
              defaultValue={values[contactFieldName(kind, "email")]}
              error={errors[contactFieldName(kind, "email")]}
              maxLength={254}
            />
          </div>
        </fieldset>
      ))}
      <SubmitButton pendingLabel={t("saving")}>{t("save")}</SubmitButton>
    </form>
  );
}
