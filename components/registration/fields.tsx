import type { ReactNode } from "react";
import { RequiredMark } from "@/components/forms/required-mark";

// Form primitives of the registration pages: a label above, an optional hint, the error under the
// label (read by screen readers with the field through aria-describedby), 44 px touch targets.

export const inputClass =
  "mt-1 block min-h-11 w-full rounded-md border bg-white px-3 py-2 text-base text-ink shadow-sm focus:border-brand-600 aria-[invalid=true]:border-accent-600 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-accent-600";
const labelClass = "block font-semibold text-brand-900";

export function fieldId(name: string): string {
  return `reg-${name.replace(/\./g, "-")}`;
}

export function errorId(name: string): string {
  return `${fieldId(name)}-error`;
}

function hintId(name: string): string {
  return `${fieldId(name)}-hint`;
}

export function describedBy(name: string, { hint, errors }: { hint?: boolean; errors?: string[] }): string | undefined {
  const ids = [hint ? hintId(name) : null, errors?.length ? errorId(name) : null].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

export function FieldError({ name, errors }: { name: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={errorId(name)} className="mt-1 text-sm font-semibold text-accent-700">
      {errors.join(" ")}
    </p>
  );
}

type FieldProps = {
  name: string;
  label: string;
  requiredLabel: string;
  hint?: string;
  errors?: string[];
};

function FieldFrame({ name, label, requiredLabel, hint, errors, children }: FieldProps & { children: ReactNode }) {
  return (
    <div>
      <label htmlFor={fieldId(name)} className={labelClass}>
        {label}
        <RequiredMark label={requiredLabel} />
      </label>
      {hint && (
        <p id={hintId(name)} className="mt-0.5 text-sm text-muted">
          {hint}
        </p>
      )}
      <FieldError name={name} errors={errors} />
      {children}
    </div>
  );
}

export function TextField({
  defaultValue,
  type = "text",
  autoComplete,
  maxLength,
  inputMode,
  ...props
}: FieldProps & {
  defaultValue: string;
  type?: "text" | "email" | "tel";
  autoComplete?: string;
  maxLength?: number;
  inputMode?: "text" | "email" | "tel";
}) {
  return (
    <FieldFrame {...props}>
      <input
        id={fieldId(props.name)}
        name={props.name}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        maxLength={maxLength}
        inputMode={inputMode}
        required
        aria-required="true"
        aria-invalid={props.errors?.length ? true : undefined}
        aria-describedby={describedBy(props.name, { hint: !!props.hint, errors: props.errors })}
        className={`${inputClass} border-brand-700/30`}
      />
    </FieldFrame>
  );
}

export function SelectField({
  defaultValue,
  placeholder,
  options,
  autoComplete,
  ...props
}: FieldProps & {
  defaultValue: string;
  placeholder: string;
  options: { value: string; label: string }[];
  autoComplete?: string;
}) {
  return (
    <FieldFrame {...props}>
      <select
        id={fieldId(props.name)}
        name={props.name}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        required
        aria-invalid={props.errors?.length ? true : undefined}
        aria-describedby={describedBy(props.name, { hint: !!props.hint, errors: props.errors })}
        className={`${inputClass} border-brand-700/30`}
      >
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
