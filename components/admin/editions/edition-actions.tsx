"use client";

import { useActionState } from "react";
import { changeEditionAction } from "@/lib/editions/actions";
import { idleState } from "@/lib/forms/action-state";
import type { EditionStatus } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { ConfirmDisclosure } from "../confirm-disclosure";
import { FormMessage } from "../form-controls";
import { SubmitButton } from "../submit-button";

type Props = { locale: Locale; edition: { id: string; year: number; status: EditionStatus; isCurrent: boolean } };

/** The buttons of one edition, offered only where the rules allow them. */
export function EditionActions({ locale, edition }: Props) {
  const t = getTranslator(locale, "adminEditions");
  const form = getTranslator(locale, "adminEditionForm");
  const [state, action] = useActionState(changeEditionAction, idleState);
  const button = (change: string, label: string, variant: "primary" | "secondary" = "secondary") => (
    <form action={action}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="editionId" value={edition.id} />
      <input type="hidden" name="change" value={change} />
      <SubmitButton variant={variant} pendingLabel={form("saving")}>
        {label}
      </SubmitButton>
    </form>
  );
  const canArchive = edition.status === "PUBLISHED" && !edition.isCurrent;
  return (
    <div className="space-y-2">
      <FormMessage state={state} />
      <div className="flex flex-wrap gap-2">
        {edition.status === "DRAFT" && button("publish", t("publish"), "primary")}
        {edition.status === "PUBLISHED" && !edition.isCurrent && button("make-current", t("makeCurrent"))}
        {canArchive && (
          <form action={action}>
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="editionId" value={edition.id} />
            <input type="hidden" name="change" value="archive" />
            <ConfirmDisclosure summary={t("archive")} prompt={t("archivePrompt", { year: edition.year })}>
              <SubmitButton variant="danger" pendingLabel={form("saving")}>
                {t("archive")}
              </SubmitButton>
            </ConfirmDisclosure>
          </form>
        )}
      </div>
    </div>
  );
}
