"use client";

import { useActionState } from "react";
import { changeSessionStatusAction, deleteSessionAction } from "@/lib/agenda/actions";
import type { SessionStatusChange } from "@/lib/agenda/rules";
import { idleState, type ActionState } from "@/lib/forms/action-state";
import type { SessionStatus } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { ConfirmDisclosure } from "../confirm-disclosure";
import { FormMessage } from "../form-controls";
import { SubmitButton } from "../submit-button";

type Props = { locale: Locale; sessionId: string; status: SessionStatus; activeSeats: number; seatCount: number };

function Hidden({ locale, sessionId }: { locale: Locale; sessionId: string }) {
  return (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="sessionId" value={sessionId} />
    </>
  );
}

/** Publish, back to draft, cancel (with the delegates told) and delete, each offered only where the rules allow it. */
export function SessionStatusPanel({ locale, sessionId, status, activeSeats, seatCount }: Props) {
  const t = getTranslator(locale, "adminSessions");
  const saving = getTranslator(locale, "adminSessionForm")("saving");
  const [statusState, changeStatus] = useActionState(changeSessionStatusAction, idleState);
  const [deleteState, remove] = useActionState(deleteSessionAction, idleState);
  const state: ActionState = statusState.status !== "idle" ? statusState : deleteState;
  const simpleChange = (change: SessionStatusChange, label: string) => (
    <form action={changeStatus}>
      <Hidden locale={locale} sessionId={sessionId} />
      <input type="hidden" name="change" value={change} />
      <SubmitButton variant={change === "publish" ? "primary" : "secondary"} pendingLabel={saving}>
        {label}
      </SubmitButton>
    </form>
  );
  return (
    <div className="space-y-4">
      <FormMessage state={state} />
      <p className="text-ink">
        {t("currentStatus")} <strong>{t(`status${status}`)}</strong>
      </p>
      {activeSeats > 0 && <p className="text-sm text-muted">{t("seatsHeld", { count: activeSeats })}</p>}
      <div className="flex flex-wrap items-start gap-3">
        {status !== "PUBLISHED" && simpleChange("publish", t("publish"))}
        {status === "PUBLISHED" && activeSeats === 0 && simpleChange("unpublish", t("unpublish"))}
        {status !== "CANCELLED" && (
          <form action={changeStatus}>
            <Hidden locale={locale} sessionId={sessionId} />
            <input type="hidden" name="change" value="cancel" />
            <ConfirmDisclosure summary={t("cancel")} prompt={t("cancelPrompt", { count: activeSeats })}>
              <SubmitButton variant="danger" pendingLabel={saving}>
                {t("cancelConfirm")}
              </SubmitButton>
            </ConfirmDisclosure>
          </form>
        )}
        {seatCount === 0 ? (
          <form action={remove}>
            <Hidden locale={locale} sessionId={sessionId} />
            <ConfirmDisclosure summary={t("delete")} prompt={t("deletePrompt")}>
              <SubmitButton variant="danger" pendingLabel={saving}>
                {t("deleteConfirm")}
              </SubmitButton>
            </ConfirmDisclosure>
          </form>
        ) : (
          <p className="text-sm text-muted">{t("hasRegistrations")}</p>
        )}
      </div>
    </div>
  );
}
