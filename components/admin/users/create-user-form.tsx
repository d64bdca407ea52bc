"use client";

import Link from "next/link";
import { useActionState } from "react";
import { idleState } from "@/lib/forms/action-state";
import { localizedPath, type Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { createUserAction } from "@/lib/users/actions";
import { FormMessage, SelectField, TextField } from "../form-controls";
import { buttonClass } from "../styles";
import { SubmitButton } from "../submit-button";
import { GeneratedPassword, PasswordChoice } from "./password-choice";
import { roleOptions } from "./role-options";

export function CreateUserForm({ locale }: { locale: Locale }) {
  const t = getTranslator(locale, "adminUsers");
  const form = getTranslator(locale, "adminForm");
  const [state, action] = useActionState(createUserAction, idleState);

  if (state.status === "success") {
    return (
      <div className="space-y-4">
        <FormMessage state={state} />
        {state.result.generatedPassword && (
          <GeneratedPassword label={t("generatedPassword")} password={state.result.generatedPassword} />
        )}
        <div className="flex flex-wrap gap-3">
          <Link href={localizedPath(locale, `/admin/users/${state.result.userId}`)} className={buttonClass("primary")}>
            {t("openUser")}
          </Link>
          <Link href={localizedPath(locale, "/admin/users")} className={buttonClass("secondary")}>
            {t("backToList")}
          </Link>
        </div>
      </div>
    );
  }

  const values = state.status === "error" ? state.values : {};
  const errors = state.status === "error" ? state.fieldErrors : {};
  return (
    // The key remounts the fields after a failed submit, so they show what was typed.
    <form key={JSON.stringify(values)} action={action} className="space-y-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <FormMessage state={state} />
      <TextField name="name" label={t("name")} autoComplete="off" required defaultValue={values.name} error={errors.name} />
      <TextField
        name="email"
        type="email"
        label={t("email")}
        autoComplete="off"
        required
        defaultValue={values.email}
        error={errors.email}
      />
      <SelectField
        name="role"
        label={t("role")}
        options={roleOptions(locale)}
        defaultValue={values.role ?? "ORGANIZER"}
        error={errors.role}
      />
      <PasswordChoice
        locale={locale}
        idPrefix="new-user"
        mode={values.passwordMode}
        error={errors.password ?? errors.passwordMode}
      />
      <SubmitButton pendingLabel={form("saving")}>{t("create")}</SubmitButton>
    </form>
  );
}
