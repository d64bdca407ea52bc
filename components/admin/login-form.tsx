"use client";

import { useActionState } from "react";
import { signInAction } from "@/lib/auth/actions";
import { idleState } from "@/lib/forms/action-state";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { FormMessage, TextField } from "./form-controls";
import { SubmitButton } from "./submit-button";

export function LoginForm({ locale, next }: { locale: Locale; next: string }) {
  const t = getTranslator(locale, "adminLogin");
  const [state, action] = useActionState(signInAction, idleState);
  const typedEmail = state.status === "error" ? state.values.email : undefined;
  return (
    <form action={action} className="space-y-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="next" value={next} />
      <FormMessage state={state} />
      <TextField
        key={`email-${typedEmail ?? ""}`}
        name="email"
        type="email"
        label={t("email")}
        autoComplete="username"
        inputMode="email"
        required
        defaultValue={typedEmail}
      />
      <TextField name="password" type="password" label={t("password")} autoComplete="current-password" required />
      <SubmitButton pendingLabel={t("submitting")}>{t("submit")}</SubmitButton>
    </form>
  );
}
