"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { buttonClass, type ButtonVariant } from "./styles";

/** A submit button that says it is working while the action runs. */
export function SubmitButton({
  children,
  pendingLabel,
  variant = "primary",
  name,
  value,
  pending: sending,
}: {
  children: ReactNode;
  pendingLabel: string;
  variant?: ButtonVariant;
  /** Posted with the form when this button submits it (a form with two ways to submit). */
  name?: string;
  value?: string;
  /** Working, told by the form itself (an upload form sends without a Server Action). */
  pending?: boolean;
}) {
  const status = useFormStatus();
  const pending = sending ?? status.pending;
  return (
    <button type="submit" name={name} value={value} disabled={pending} aria-disabled={pending} className={buttonClass(variant)}>
      {pending ? pendingLabel : children}
    </button>
  );
}
