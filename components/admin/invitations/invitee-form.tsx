"use client";

import { useActionState } from "react";
import { idleState } from "@/lib/forms/action-state";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { addInviteeAction } from "@/lib/invitations/actions";
import { FormMessage, TextField } from "../form-controls";
import { SubmitButton } from "../submit-button";

const FIELDS = ["fullName", "position", "organization", "email", "phone", "address"] as const;

/** One invitee at a time; after a success the fields are empty for the next one. */
export function InviteeForm({ locale, batchId }: { locale: Locale; batchId: string }) {
  const t = getTranslator(locale, "adminInvitations");
  const [state, action] = useActionState(addInviteeAction, idleState);
  const values = state.status === "error" ? state.values : {};
  const errors = state.status === "error" ? state.fieldErrors : {};
  return (
    <form key={state.status === "success" ? state.message : JSON.stringify(values)} action={action} className="space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="batchId" value={batchId} />
      <FormMessage state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id="invitee-salutation"
          name="salutation"
          label={t("salutation")}
          hint={t("salutationHint")}
          list="invitee-salutations"
          autoComplete="off"
          defaultValue={values.salutation}
          error={errors.salutation}
        />
        <datalist id="invitee-salutations">
          <option value="Ông" />
          <option value="Bà" />
        </datalist>
        {FIELDS.map((field) => (
          <TextField
            key={field}
            id={`invitee-${field}`}
            name={field}
            type={field === "email" ? "email" : field === "phone" ? "tel" : "text"}
            label={t(field)}
            autoComplete="off"
            required={field === "fullName"}
            defaultValue={values[field]}
            error={errors[field]}
          />
        ))}
      </div>
      <SubmitButton pendingLabel={t("saving")}>{t("add")}</SubmitButton>
    </form>
  );
}
