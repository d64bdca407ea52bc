"use client";

import { useActionState } from "react";
import { idleState } from "@/lib/forms/action-state";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { moveRegistrationSeatAction } from "@/lib/registration/admin-actions";
import { FormMessage, SelectField } from "../form-controls";
import { SubmitButton } from "../submit-button";

type Option = { slug: string; label: string };

/** Moves a delegate from one of their sessions to another session open for registration. */
export function SeatMoveForm({ locale, registrationId, held, open }: { locale: Locale; registrationId: string; held: Option[]; open: Option[] }) {
  const t = getTranslator(locale, "adminRegistrations");
  const form = getTranslator(locale, "adminForm");
  const [state, action] = useActionState(moveRegistrationSeatAction, idleState);
  const errors = state.status === "error" ? state.fieldErrors : {};
  const values = state.status === "error" ? state.values : {};
  const options = (list: Option[]) => list.map((option) => ({ value: option.slug, label: option.label }));
  return (
    <form key={JSON.stringify(values)} action={action} className="space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="registrationId" value={registrationId} />
      <FormMessage state={state} />
      <SelectField name="from" label={t("moveFrom")} options={options(held)} defaultValue={values.from} error={errors.from} />
      <SelectField name="to" label={t("moveTo")} options={options(open)} defaultValue={values.to} error={errors.to} />
      <SubmitButton pendingLabel={form("saving")}>{t("move")}</SubmitButton>
    </form>
  );
}
