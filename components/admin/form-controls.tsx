import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { RequiredMark } from "@/components/forms/required-mark";
import { formatDayInput } from "@/lib/time/form-input";
import { inputClass } from "./styles";

// Form pieces of the admin area, for server and client components alike. They work without
// JavaScript (plain form posts to Server Actions); errors are tied to their fields and announced.

/** `requiredLabel`: mark the field as required after its label, heard as this text ("(bắt buộc)"). */
type FieldProps = { name: string; label: string; error?: string; hint?: string; id?: string; requiredLabel?: string };

function FieldFrame({
  id,
  label,
  error,
  hint,
  requiredLabel,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  requiredLabel?: string;
  children: ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold text-brand-900">
        {label}
        {requiredLabel && <RequiredMark label={requiredLabel} />}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-accent-700">
          {error}
        </p>
      )}
    </div>
  );
}

function controlProps(id: string, name: string, error?: string, hint?: string) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ");
  return {
    id,
    name,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy || undefined,
    className: inputClass,
  };
}

export function TextField({
  name,
  label,
  error,
  hint,
  requiredLabel,
  id = name,
  ...input
}: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint} requiredLabel={requiredLabel}>
      <input {...input} {...controlProps(id, name, error, hint)} />
    </FieldFrame>
  );
}

type TypedFieldProps = FieldProps &
  Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "defaultValue"> & { defaultValue?: string };

// Dates and times are typed, not picked: a `type="date"` field shows the browser's own format
// (month first in an English browser), the admin's is `dd/MM/yyyy` and 24-hour time for everyone.

/** A day typed as `dd/MM/yyyy`; an ISO default value is shown that way. */
export function DateField({ defaultValue, ...props }: TypedFieldProps) {
  return (
    <TextField
      {...props}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      placeholder="dd/mm/yyyy"
      maxLength={10}
      defaultValue={defaultValue === undefined ? undefined : formatDayInput(defaultValue)}
    />
  );
}

/** A time of day typed as `HH:mm`, 24-hour. */
export function TimeField(props: TypedFieldProps) {
  return <TextField {...props} type="text" inputMode="numeric" autoComplete="off" placeholder="hh:mm" maxLength={5} />;
}

/** A day and a time in one field: `dd/MM/yyyy HH:mm`. */
export function DateTimeField(props: TypedFieldProps) {
  return (
    <TextField {...props} type="text" inputMode="numeric" autoComplete="off" placeholder="dd/mm/yyyy hh:mm" maxLength={16} />
  );
}

export function TextAreaField({
  name,
  label,
  error,
  hint,
  id = name,
  ...textarea
}: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint}>
      <textarea {...textarea} {...controlProps(id, name, error, hint)} />
    </FieldFrame>
  );
}

/** A checkbox with its label on the right; it posts "on" when ticked. */
export function CheckboxField({
  name,
  label,
  id = name,
  ...input
}: { name: string; label: string; id?: string } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <label htmlFor={id} className="flex min-h-11 items-center gap-3 font-semibold text-brand-900">
      <input {...input} id={id} name={name} type="checkbox" className="h-5 w-5 shrink-0" />
      {label}
    </label>
  );
}

export function SelectField({
  name,
  label,
  error,
  hint,
  id = name,
  options,
  ...select
}: FieldProps & SelectHTMLAttributes<HTMLSelectElement> & { options: { value: string; label: string }[] }) {
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint}>
      <select {...select} {...controlProps(id, name, error, hint)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/** The outcome of the last submission: errors as an alert, success as a polite status. */
export function FormMessage({ state }: { state: { status: string; message?: string } }) {
  if (state.status === "error") {
    return (
      <div role="alert" className="rounded-md border-l-4 border-accent-600 bg-accent-100 px-4 py-3 font-semibold text-accent-700">
        {state.message}
      </div>
    );
  }
  if (state.status === "success") {
    return (
      <div
        role="status"
        className="rounded-md border-l-4 border-emerald-600 bg-emerald-50 px-4 py-3 font-semibold text-emerald-800"
      >
        {state.message}
      </div>
    );
  }
  return null;
}
