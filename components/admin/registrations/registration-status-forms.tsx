"use client";

import { useActionState } from "react";
import { idleState } from "@/lib/forms/action-state";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { cancelRegistrationAction, resendConfirmationAction } from "@/lib/registration/admin-actions";
import { ConfirmDisclosure } from "../confirm-disclosure";
import { FormMessage } from "../form-controls";
import { SubmitButton } from "../submit-button";

type Props = { locale: Locale; registrationId: string };

function Hidden({ locale, registrationId }: Props) {
  return (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="registrationId" value={registrationId} />
    </>
  );
}

/** Cancels every seat of the registration, behind a second explicit step. */
export function CancelRegistrationForm({ locale, registrationId, name }: Props & { name: string }) {
  const t = getTranslator(locale, "adminRegistrations");
  const form = getTranslator(locale, "adminForm");
  const [state, action] = useActionState(cancelRegistrationAction, idleState);
  return (
    <form action={action} className="space-y-4">
      <Hidden locale={locale} registrationId={registrationId} />
      <FormMessage state={state} />
      <p className="text-ink">{t("cancelIntro")}</p>
      <ConfirmDisclosure summary={t("cancel")} prompt={t("cancelPrompt", { name })}>
        <SubmitButton variant="danger" pendingLabel={form("saving")}>
          {t("cancelConfirm")}
        </SubmitButton>
      </ConfirmDisclosure>
    </form>
  );
}

export function ResendConfirmationForm({ locale, registrationId }: Props) {
  const t = getTranslator(locale, "adminRegistrations");
  const form = getTranslator(locale, "adminForm");
  const [state, action] = useActionState(resendConfirmationAction, idleState);
  return (
    <form action={action} className="space-y-4">
      <Hidden locale={locale} registrationId={registrationId} />
      <FormMessage state={state} />
      <p className="text-ink">{t("resendIntro")}</p>
      <SubmitButton variant="secondary" pendingLabel={form("saving")}>
        {t("resend")}
      </SubmitButton>
    </form>
  );
}
