"use client";

import { useFormStatus } from "react-dom";

const variants = {
  primary: "bg-accent-600 text-white hover:bg-accent-700",
  secondary: "bg-white text-brand-800 ring-1 ring-inset ring-brand-700/30 hover:bg-brand-50",
  danger: "bg-accent-700 text-white hover:bg-accent-600",
} as const;

/** A submit button that says it is working while its form's action runs, and cannot be pressed twice. */
export function SubmitButton({
  label,
  pendingLabel,
  variant = "primary",
  ariaLabel,
  name,
  value,
}: {
  label: string;
  pendingLabel: string;
  variant?: keyof typeof variants;
  ariaLabel?: string;
  name?: string;
  value?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      aria-disabled={pending}
      aria-label={pending ? undefined : ariaLabel}
      className={`inline-flex min-h-11 items-center justify-center gap-2 rounded-md px-5 py-2.5 text-base font-semibold shadow-sm transition-colors disabled:cursor-wait disabled:opacity-75 ${variants[variant]}`}
    >
      {pending && (
        <svg viewBox="0 0 24 24" className="h-5 w-5 animate-spin" aria-hidden="true">
          <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" strokeWidth="3" strokeOpacity="0.3" />
          <path d="M21 12a9 9 0 0 0-9-9" fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
        </svg>
      )}
      <span aria-live="polite">{pending ? pendingLabel : label}</span>
    </button>
  );
}
