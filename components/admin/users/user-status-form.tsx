"use client";

import { useActionState } from "react";
import { idleState } from "@/lib/forms/action-state";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { setUserDisabledAction } from "@/lib/users/actions";
import { ConfirmDisclosure } from "../confirm-disclosure";
import { FormMessage } from "../form-controls";
import { SubmitButton } from "../submit-button";

type Props = { locale: Locale; userId: string; name: string; disabledSince: string | null };

export function UserStatusForm({ locale, userId, name, disabledSince }: Props) {
  const t = getTranslator(locale, "adminUsers");
  const form = getTranslator(locale, "adminForm");
  const [state, action] = useActionState(setUserDisabledAction, idleState);
  return (
    <form action={action} className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="disabled" value={disabledSince ? "false" : "true"} />
      <FormMessage state={state} />
      {disabledSince ? (
        <>
          <p className="text-ink">{t("enableIntro", { date: disabledSince })}</p>
          <SubmitButton pendingLabel={form("saving")}>{t("enable")}</SubmitButton>
        </>
      ) : (
        <>
          <p className="text-ink">{t("disableIntro")}</p>
          <ConfirmDisclosure summary={t("disable")} prompt={t("confirmPrompt")}>
            <SubmitButton variant="danger" pendingLabel={form("saving")}>
              {t("disableConfirm", { name })}
            </SubmitButton>
          </ConfirmDisclosure>
        </>
      )}
    </form>
  );
}
