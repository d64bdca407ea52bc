"use client";

import { useActionState } from "react";
import { idleState } from "@/lib/forms/action-state";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { resetUserPasswordAction } from "@/lib/users/actions";
import { ConfirmDisclosure } from "../confirm-disclosure";
import { FormMessage } from "../form-controls";
import { SubmitButton } from "../submit-button";
import { GeneratedPassword, PasswordChoice } from "./password-choice";

export function ResetPasswordForm({ locale, userId }: { locale: Locale; userId: string }) {
  const t = getTranslator(locale, "adminUsers");
  const form = getTranslator(locale, "adminForm");
  const [state, action] = useActionState(resetUserPasswordAction, idleState);
  const values = state.status === "error" ? state.values : {};
  const errors = state.status === "error" ? state.fieldErrors : {};
  return (
    <div className="space-y-4">
      <FormMessage state={state} />
      {state.status === "success" && state.result.generatedPassword && (
        <GeneratedPassword label={t("generatedPassword")} password={state.result.generatedPassword} />
      )}
      <form key={JSON.stringify(values)} action={action} className="space-y-4" noValidate>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="userId" value={userId} />
        <PasswordChoice locale={locale} idPrefix="reset" mode={values.passwordMode} error={errors.password} />
        <ConfirmDisclosure summary={t("resetPassword")} prompt={t("passwordIntro")}>
          <SubmitButton variant="danger" pendingLabel={form("saving")}>
            {t("resetPassword")}
          </SubmitButton>
        </ConfirmDisclosure>
      </form>
    </div>
  );
}
