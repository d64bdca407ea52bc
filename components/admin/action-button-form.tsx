"use client";

import { useActionState } from "react";
import { idleState, type ActionState } from "@/lib/forms/action-state";
import type { Locale } from "@/lib/i18n/config";
import { ConfirmDisclosure } from "./confirm-disclosure";
import { FormMessage } from "./form-controls";
import type { ButtonVariant } from "./styles";
import { SubmitButton } from "./submit-button";

type Props = {
  action: (previous: ActionState, formData: FormData) => Promise<ActionState>;
  locale: Locale;
  /** Hidden fields that say what to act on (`id`, …). */
  fields: Record<string, string>;
  label: string;
  pendingLabel: string;
  variant?: ButtonVariant;
  /** A destructive action asks first (no JavaScript needed). */
  confirm?: { summary: string; prompt: string };
  /** Say so beside the button when it succeeded (for actions whose page shows no other change). */
  showSuccess?: boolean;
};

/** One button that runs a row's Server Action (publish, delete, approve…) and reports the outcome beside it. */
export function ActionButtonForm({
  action,
  locale,
  fields,
  label,
  pendingLabel,
  variant = "secondary",
  confirm,
  showSuccess = false,
}: Props) {
  const [state, formAction] = useActionState(action, idleState);
  const button = (
    <SubmitButton variant={variant} pendingLabel={pendingLabel}>
      {label}
    </SubmitButton>
  );
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="locale" value={locale} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {(state.status === "error" || (showSuccess && state.status === "success")) && <FormMessage state={state} />}
      {confirm ? (
        <ConfirmDisclosure summary={confirm.summary} prompt={confirm.prompt}>
          {button}
        </ConfirmDisclosure>
      ) : (
        button
      )}
    </form>
  );
}
