"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/admin/form-controls";
import { inputClass } from "@/components/admin/styles";
import { SubmitButton } from "@/components/admin/submit-button";
import { idleState, type ActionState } from "@/lib/forms/action-state";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { speakerLinkAction } from "@/lib/materials/actions";

/** Makes a signed upload link that the organiser sends to the speaker; it expires on its own. */
export function SpeakerLinkButton({ locale, sessionId }: { locale: Locale; sessionId: string }) {
  const t = getTranslator(locale, "sessionMaterials");
  const [state, action] = useActionState<ActionState<{ url: string }>, FormData>(speakerLinkAction, idleState);
  return (
    <form action={action} className="space-y-3">
      <h3 className="font-bold text-brand-900">{t("speakerLinkTitle")}</h3>
      <p className="text-sm text-muted">{t("speakerLinkIntro")}</p>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <FormMessage state={state} />
      {state.status === "success" && (
        <div>
          <label htmlFor="speaker-link" className="block text-sm font-semibold text-brand-900">
            {t("speakerLinkLabel")}
          </label>
          <input id="speaker-link" readOnly value={state.result.url} className={inputClass} />
        </div>
      )}
      <SubmitButton variant="secondary" pendingLabel={t("speakerLinkMaking")}>
        {t("speakerLinkMake")}
      </SubmitButton>
    </form>
  );
}
