"use client";

import { useActionState } from "react";
import type { ActionState } from "@/lib/forms/action-state";
import { idleState } from "@/lib/forms/action-state";
import type { Locale } from "@/lib/i18n/config";
import { ConfirmDisclosure } from "../confirm-disclosure";
import { FormMessage, TextAreaField } from "../form-controls";
import type { ButtonVariant } from "../styles";
import { SubmitButton } from "../submit-button";

type Props = {
  locale: Locale;
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  /** Ids the action needs, sent as hidden fields. */
  hidden: Record<string, string>;
  submitLabel: string;
  pendingLabel: string;
  variant?: ButtonVariant;
  /** A second, explicit step before the submit button (destructive or irreversible actions). */
  confirm?: { summary: string; prompt: string };
  /** A text the action asks for (a comment, a reason). */
  textField?: { name: string; label: string };
  className?: string;
};

/** One button (with its fields) that runs one Server Action of a batch and shows its outcome. */
export function ActionForm({ locale, action, hidden, submitLabel, pendingLabel, variant = "primary", confirm, textField, className = "" }: Props) {
  const [state, formAction] = useActionState(action, idleState);
  const errors = state.status === "error" ? state.fieldErrors : {};
  const values = state.status === "error" ? state.values : {};
  const field = textField && (
    <TextAreaField name={textField.name} label={textField.label} rows={3} defaultValue={values[textField.name]} error={errors[textField.name]} />
  );
  const button = (
    <SubmitButton variant={variant} pendingLabel={pendingLabel}>
      {submitLabel}
    </SubmitButton>
  );
  return (
    <form action={formAction} className={`space-y-3 ${className}`} noValidate>
      <input type="hidden" name="locale" value={locale} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state.status !== "idle" && state.message !== "" && <FormMessage state={state} />}
      {confirm ? (
        <ConfirmDisclosure summary={confirm.summary} prompt={confirm.prompt}>
          <div className="space-y-3">
            {field}
            {button}
          </div>
        </ConfirmDisclosure>
      ) : (
        <>
          {field}
          {button}
        </>
      )}
    </form>
  );
}
