"use client";

import { useActionState } from "react";
import { changeOwnPasswordAction } from "@/lib/auth/actions";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-policy";
import { idleState } from "@/lib/forms/action-state";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { FormMessage, TextField } from "./form-controls";
import { SubmitButton } from "./submit-button";

export function ChangePasswordForm({ locale }: { locale: Locale }) {
  const t = getTranslator(locale, "adminAccount");
  const form = getTranslator(locale, "adminForm");
  const [state, action] = useActionState(changeOwnPasswordAction, idleState);
  const errors = state.status === "error" ? state.fieldErrors : {};
  return (
    <form action={action} className="space-y-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <FormMessage state={state} />
      <TextField
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        label={t("currentPassword")}
        required
        error={errors.currentPassword}
      />
      <TextField
        name="newPassword"
        type="password"
        autoComplete="new-password"
        label={t("newPassword")}
        hint={form("passwordHint", { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH })}
        required
        error={errors.newPassword}
      />
      <TextField
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        label={t("confirmPassword")}
        required
        error={errors.confirmPassword}
      />
      <SubmitButton pendingLabel={form("saving")}>{t("submit")}</SubmitButton>
    </form>
  );
}
