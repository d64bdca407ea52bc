"use client";

import { useActionState, useRef, type ReactNode } from "react";
import { useTranslator } from "@/lib/i18n/client";
import type { Messages } from "@/lib/i18n/translator";
import { idleState, type ActionState } from "@/lib/forms/action-state";
import { FIELD, type RegistrationFormValues } from "@/lib/registration/form";
import { FieldError, SelectField, TextField, errorId, fieldId } from "./fields";
import { ContactFields, FormProblems, Honeypot, ProvinceField, fieldMessagesOf } from "./form-parts";
import { useTickRequestedSessions } from "./requested-sessions";
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

type State = ActionState<{ alreadyRegistered: string }, RegistrationFormValues>;

type Props = {
  /** From the shared schema, passed in so that zod stays out of the browser bundle. */
  groups: readonly (keyof Messages["delegateGroup"])[];
  limits: { fullName: number; position: number; organization: number; email: number; phone: number };
  /** Refused with the input kept, or neutral when the address is already registered; a new registration redirects. */
  action: (state: State, formData: FormData) => Promise<State>;
  sessions: SessionOption[];
  notice: ReactNode;
};

const PERSON_FIELDS = ["fullName", "position", "organization", "group", "email", "phone", "province"] as const;
const FIELD_ORDER = [...PERSON_FIELDS, "sessions", "consents.registration"];

const EMPTY_VALUES: RegistrationFormValues = {
  fullName: "",
  position: "",
  organization: "",
  group: "",
  email: "",
  phone: "",
  province: "",
  sessions: [],
  consents: { registration: false, media: false, news: false },
};

// Texts: the "register" and "delegateGroup" namespaces, from a <MessagesProvider> around the form.
export function RegistrationForm({ groups: groupValues, limits, action, sessions, notice }: Props) {
  const [state, formAction] = useActionState<State, FormData>(action, idleState);
  const form = useRef<HTMLFormElement>(null);
  useTickRequestedSessions(form);
  const t = useTranslator("register");
  const groups = useTranslator("delegateGroup");

  if (state.status === "success") {
    return (
      <div role="status" className="rounded-xl border border-brand-100 bg-brand-50 p-6">
        <h2 className="text-xl font-bold text-brand-900">{t("duplicateTitle")}</h2>
        <p className="mt-2">{t("duplicateText", { email: state.result.alreadyRegistered })}</p>
      </div>
    );
  }

  const values = state.status === "error" ? state.values : EMPTY_VALUES;
  const errors = fieldMessagesOf(state);
  const required = t("requiredMark");
  const common = { requiredLabel: required };

  return (
    // The key remounts the fields when what was sent changes, so that they show it.
    <form ref={form} key={JSON.stringify(values)} id="registration-form" action={formAction} noValidate className="space-y-8">
      <FormProblems state={state} order={FIELD_ORDER} formId="registration-form" formKeys={[]} firstSession={sessions[0]?.slug} />
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
        <ContactFields
          names={{ email: "email", phone: "phone" }}
          labels={{ email: t("email"), phone: t("phone"), emailHint: t("emailHint") }}
          values={values}
          errors={errors}
          limits={limits}
        />
        <ProvinceField defaultValue={values.province} errors={errors.province} />
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

      <Honeypot name={FIELD.honeypot} />

      <div className="border-t border-brand-100 pt-6">
        <SubmitButton label={t("submit")} pendingLabel={t("submitting")} />
      </div>
    </form>
  );
}
