"use client";

import { useActionState, type ReactNode } from "react";
import { useTranslator } from "@/lib/i18n/client";
import type { Messages } from "@/lib/i18n/translator";
import {
  FIELD,
  FORM_ERROR_KEYS,
  initialRegistrationFormState,
  type RegistrationFormState,
  type RegistrationFormValues,
} from "@/lib/registration/form";
import { PROVINCIAL_UNITS } from "@/lib/registration/provinces";
import { ErrorSummary, type SummaryItem } from "@/components/forms/error-summary";
import { FieldError, SelectField, TextField, errorId, fieldId } from "./fields";
import { SessionChoices } from "./session-choices";
import { SubmitButton } from "./submit-button";

export type SessionOption = {
  slug: string;
  title: string;
  /** "25/09/2025, 14:00 – 15:30", already formatted in the event's zone. */
  when: string;
  venue: string;
  seatsLeft: number;
};

type Props = {
  /** From the shared schema, passed in so that zod stays out of the browser bundle. */
  groups: readonly (keyof Messages["delegateGroup"])[];
  limits: { fullName: number; position: number; organization: number; email: number; phone: number };
  action: (state: RegistrationFormState, formData: FormData) => Promise<RegistrationFormState>;
  sessions: SessionOption[];
  preselected: string[];
  notice: ReactNode;
};

const PERSON_FIELDS = ["fullName", "position", "organization", "group", "email", "phone", "province"] as const;
const FIELD_ORDER = [...PERSON_FIELDS, "sessions", "consents.registration"];

function emptyValues(preselected: string[]): RegistrationFormValues {
  return {
    fullName: "",
    position: "",
    organization: "",
    group: "",
    email: "",
    phone: "",
    province: "",
    sessions: preselected,
    consents: { registration: false, media: false, news: false },
  };
}

function summaryItems(errors: Record<string, string[]>, firstSession: string | undefined): SummaryItem[] {
  const known = FIELD_ORDER.filter((key) => errors[key]?.length);
  const others = Object.keys(errors).filter((key) => !FIELD_ORDER.includes(key));
  return [...known, ...others].flatMap((key) => {
    const target = key === "sessions" && firstSession ? `${fieldId("sessions")}-${firstSession}` : fieldId(key);
    const href = (FORM_ERROR_KEYS as readonly string[]).includes(key) ? "#registration-form" : `#${target}`;
    return (errors[key] ?? []).map((message) => ({ href, message }));
  });
}

// Texts: the "register" and "delegateGroup" namespaces, from a <MessagesProvider> around the form.
export function RegistrationForm({ groups: groupValues, limits, action, sessions, preselected, notice }: Props) {
  const [state, formAction] = useActionState(action, initialRegistrationFormState);
  const t = useTranslator("register");
  const groups = useTranslator("delegateGroup");

  if (state.status === "duplicate") {
    return (
      <div role="status" className="rounded-xl border border-brand-100 bg-brand-50 p-6">
        <h2 className="text-xl font-bold text-brand-900">{t("duplicateTitle")}</h2>
        <p className="mt-2">{t("duplicateText", { email: state.email })}</p>
      </div>
    );
  }

  const values = "values" in state ? state.values : emptyValues(preselected);
  const errors = state.status === "invalid" ? state.errors : {};
  const items = summaryItems(errors, sessions[0]?.slug);
  const required = t("requiredMark");
  const common = { requiredLabel: required };

  return (
    // The key remounts the fields after each submission, so that they show what was sent.
    <form key={state.submission} id="registration-form" action={formAction} noValidate className="space-y-8">
      {items.length > 0 && <ErrorSummary title={t("errorSummaryTitle")} text={t("errorSummaryText")} items={items} />}
      {state.status === "rate-limited" && (
        <p role="alert" className="rounded-lg border-2 border-accent-600 bg-accent-100 p-4 font-semibold text-accent-700">
          {t("rateLimited", { minutes: Math.max(1, Math.ceil(state.retryAfterSeconds / 60)) })}
        </p>
      )}
      {state.status === "failed" && (
        <p role="alert" className="rounded-lg border-2 border-accent-600 bg-accent-100 p-4 font-semibold text-accent-700">
          {t("unexpected")}
        </p>
      )}
      <p className="text-sm text-muted">{t("requiredNote")}</p>

      <fieldset className="space-y-5">
        <legend className="mb-4 text-xl font-bold text-brand-900">{t("personTitle")}</legend>
        <TextField
          {...common}
          name="fullName"
          label={t("fullName")}
          defaultValue={values.fullName}
          autoComplete="name"
          maxLength={limits.fullName}
          errors={errors.fullName}
        />
        <div className="grid gap-5 md:grid-cols-2">
          <TextField
            {...common}
            name="position"
            label={t("position")}
            hint={t("positionHint")}
            defaultValue={values.position}
            autoComplete="organization-title"
            maxLength={limits.position}
            errors={errors.position}
          />
          <TextField
            {...common}
            name="organization"
            label={t("organization")}
            defaultValue={values.organization}
            autoComplete="organization"
            maxLength={limits.organization}
            errors={errors.organization}
          />
        </div>
        <SelectField
          {...common}
          name="group"
          label={t("group")}
          placeholder={t("groupPlaceholder")}
          defaultValue={values.group}
          options={groupValues.map((group) => ({ value: group, label: groups(group) }))}
          errors={errors.group}
        />
        <div className="grid gap-5 md:grid-cols-2">
          <TextField
            {...common}
            name="email"
            type="email"
            label={t("email")}
            hint={t("emailHint")}
            defaultValue={values.email}
            autoComplete="email"
            inputMode="email"
            maxLength={limits.email}
            errors={errors.email}
          />
          <TextField
            {...common}
            name="phone"
            type="tel"
            label={t("phone")}
            hint={t("phoneHint")}
            defaultValue={values.phone}
            autoComplete="tel"
            inputMode="tel"
            maxLength={limits.phone}
            errors={errors.phone}
          />
        </div>
        <SelectField
          {...common}
          name="province"
          label={t("province")}
          placeholder={t("provincePlaceholder")}
          defaultValue={values.province}
          options={[
            ...PROVINCIAL_UNITS.map((province) => ({ value: province, label: province })),
            { value: "Nước ngoài", label: t("provinceAbroad") },
          ]}
          errors={errors.province}
        />
      </fieldset>

      <SessionChoices sessions={sessions} selected={values.sessions} errors={errors.sessions} />

      {notice}

      <fieldset aria-describedby={`${fieldId("consents")}-hint`} className="space-y-3">
        <legend className="text-xl font-bold text-brand-900">{t("consentTitle")}</legend>
        <p id={`${fieldId("consents")}-hint`} className="text-sm text-muted">
          {t("consentHint")}
        </p>
        <div>
          <FieldError name="consents.registration" errors={errors["consents.registration"]} />
          <label htmlFor={fieldId("consents.registration")} className="flex cursor-pointer gap-3">
            <input
              id={fieldId("consents.registration")}
              type="checkbox"
              name={FIELD.consentRegistration}
              defaultChecked={values.consents.registration}
              required
              aria-invalid={errors["consents.registration"]?.length ? true : undefined}
              aria-describedby={errors["consents.registration"]?.length ? errorId("consents.registration") : undefined}
              className="mt-1 h-5 w-5 shrink-0 accent-brand-700"
            />
            <span>{t("consentRegistration")}</span>
          </label>
        </div>
        <label htmlFor={fieldId("consents.media")} className="flex cursor-pointer gap-3">
          <input
            id={fieldId("consents.media")}
            type="checkbox"
            name={FIELD.consentMedia}
            defaultChecked={values.consents.media}
            className="mt-1 h-5 w-5 shrink-0 accent-brand-700"
          />
          <span>{t("consentMedia")}</span>
        </label>
        <label htmlFor={fieldId("consents.news")} className="flex cursor-pointer gap-3">
          <input
            id={fieldId("consents.news")}
            type="checkbox"
            name={FIELD.consentNews}
            defaultChecked={values.consents.news}
            className="mt-1 h-5 w-5 shrink-0 accent-brand-700"
          />
          <span>{t("consentNews")}</span>
        </label>
      </fieldset>

      {/* Honeypot: off-screen and hidden from assistive technology; people leave it empty, naive bots fill it. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor={fieldId(FIELD.honeypot)}>{t("honeypot")}</label>
        <input id={fieldId(FIELD.honeypot)} type="text" name={FIELD.honeypot} tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <div className="border-t border-brand-100 pt-6">
        <SubmitButton label={t("submit")} pendingLabel={t("submitting")} />
      </div>
    </form>
  );
}
