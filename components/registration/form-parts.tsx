"use client";

import { ErrorSummary, type SummaryItem } from "@/components/forms/error-summary";
import type { ActionState } from "@/lib/forms/action-state";
import { useTranslator } from "@/lib/i18n/client";
import { PROVINCIAL_UNITS } from "@/lib/registration/provinces";
import { SelectField, TextField, fieldId } from "./fields";

// The parts the registration and delegation forms share: what went wrong at the top, one person's
// e-mail and phone, the province and the honeypot. Texts: the "register" namespace.

/** Every message of each field after a refused submission (none before the first one). */
export function fieldMessagesOf(state: ActionState<unknown, unknown>): Record<string, string[]> {
  return state.status === "error" ? (state.fieldMessages ?? {}) : {};
}

/**
 * Each error links to its field (a session error to the first session, the form's own errors and
 * `formKeys` to the form); a refusal without field errors (too many attempts, a failure) is one alert.
 */
export function FormProblems({
  state,
  order,
  formId,
  formKeys,
  firstSession,
}: {
  state: ActionState<unknown, unknown>;
  order: readonly string[];
  formId: string;
  formKeys: readonly string[];
  firstSession: string | undefined;
}) {
  const t = useTranslator("register");
  const errors = fieldMessagesOf(state);
  const keys = [...order.filter((key) => errors[key]?.length), ...Object.keys(errors).filter((key) => !order.includes(key))];
  const items: SummaryItem[] = keys.flatMap((key) => {
    const target = key === "sessions" && firstSession ? `${fieldId("sessions")}-${firstSession}` : fieldId(key);
    const href = key === "form" || key === "website" || formKeys.includes(key) ? `#${formId}` : `#${target}`;
    return (errors[key] ?? []).map((message) => ({ href, message }));
  });
  if (items.length > 0) return <ErrorSummary title={t("errorSummaryTitle")} text={t("errorSummaryText")} items={items} />;
  if (state.status !== "error") return null;
  return (
    <p role="alert" className="rounded-lg border-2 border-accent-600 bg-accent-100 p-4 font-semibold text-accent-700">
      {state.message}
    </p>
  );
}

type ContactProps = {
  names: { email: string; phone: string };
  labels: { email: string; phone: string; emailHint: string };
  values: { email: string; phone: string };
  errors: Record<string, string[]>;
  limits: { email: number; phone: number };
};

/** One person's e-mail and phone, side by side from the tablet width up. */
export function ContactFields({ names, labels, values, errors, limits }: ContactProps) {
  const t = useTranslator("register");
  const common = { requiredLabel: t("requiredMark") };
  return (
    <div className="grid gap-5 md:grid-cols-2">
      <TextField
        {...common}
        name={names.email}
        type="email"
        inputMode="email"
        label={labels.email}
        hint={labels.emailHint}
        defaultValue={values.email}
        autoComplete="email"
        maxLength={limits.email}
        errors={errors[names.email]}
      />
      <TextField
        {...common}
        name={names.phone}
        type="tel"
        inputMode="tel"
        label={labels.phone}
        hint={t("phoneHint")}
        defaultValue={values.phone}
        autoComplete="tel"
        maxLength={limits.phone}
        errors={errors[names.phone]}
      />
    </div>
  );
}

export function ProvinceField({ defaultValue, errors }: { defaultValue: string; errors?: string[] }) {
  const t = useTranslator("register");
  return (
    <SelectField
      requiredLabel={t("requiredMark")}
      name="province"
      label={t("province")}
      placeholder={t("provincePlaceholder")}
      defaultValue={defaultValue}
      options={[...PROVINCIAL_UNITS.map((province) => ({ value: province, label: province })), { value: "Nước ngoài", label: t("provinceAbroad") }]}
      errors={errors}
    />
  );
}

/** Off-screen and hidden from assistive technology: people leave it empty, naive bots fill it. */
export function Honeypot({ name }: { name: string }) {
  const t = useTranslator("register");
  return (
    <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
      <label htmlFor={fieldId(name)}>{t("honeypot")}</label>
      <input id={fieldId(name)} type="text" name={name} tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
