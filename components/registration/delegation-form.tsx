"use client";

import { useActionState, useState, type ReactNode } from "react";
import { ErrorSummary, type SummaryItem } from "@/components/forms/error-summary";
import { useTranslator } from "@/lib/i18n/client";
import type { Messages } from "@/lib/i18n/translator";
import {
  initialDelegationFormState,
  type DelegationFormState,
  type DelegationFormValues,
  type DelegationMemberValues,
} from "@/lib/registration/delegation-form";
import { PROVINCIAL_UNITS } from "@/lib/registration/provinces";
import { DelegationMemberFields } from "./delegation-member-fields";
import { FieldError, SelectField, TextField, errorId, fieldId } from "./fields";
import type { SessionOption } from "./registration-form";
import { SessionChoices } from "./session-choices";
import { SubmitButton } from "./submit-button";

type Props = {
  groups: readonly (keyof Messages["delegateGroup"])[];
  limits: { fullName: number; position: number; organization: number; email: number; phone: number; minMembers: number; maxMembers: number };
  action: (state: DelegationFormState, formData: FormData) => Promise<DelegationFormState>;
  sessions: SessionOption[];
  notice: ReactNode;
};

const EMPTY_MEMBER: DelegationMemberValues = { fullName: "", position: "", group: "", email: "", phone: "" };

function emptyValues(members: number): DelegationFormValues {
  return {
    registrantName: "",
    registrantEmail: "",
    registrantPhone: "",
    organization: "",
    province: "",
    sessions: [],
    members: Array.from({ length: members }, () => EMPTY_MEMBER),
    mode: "all",
    informed: false,
  };
}

/** Errors in the order of the page; each links to its field (a session error to the first session). */
function summaryItems(errors: Record<string, string[]>, firstSession: string | undefined): SummaryItem[] {
  return Object.entries(errors).flatMap(([key, messages]) => {
    const target = key === "sessions" && firstSession ? `${fieldId("sessions")}-${firstSession}` : fieldId(key);
    const href = key === "form" || key === "website" || key === "members" ? "#delegation-form" : `#${target}`;
    return messages.map((message) => ({ href, message }));
  });
}

// Texts: the "register", "delegation" and "delegateGroup" namespaces, from a <MessagesProvider>.
export function DelegationForm(props: Props) {
  const [state, formAction] = useActionState(props.action, initialDelegationFormState);
  // The key remounts the fields after each submission, so that they show what was sent.
  return <DelegationFields key={state.submission} {...props} state={state} formAction={formAction} />;
}

function DelegationFields({ groups, limits, sessions, notice, state, formAction }: Props & { state: DelegationFormState; formAction: (formData: FormData) => void }) {
  const t = useTranslator("register");
  const d = useTranslator("delegation");
  const values = "values" in state ? state.values : emptyValues(limits.minMembers);
  const errors = state.status === "invalid" ? state.errors : {};
  const [rows, setRows] = useState(() => values.members.map((_, index) => index));
  const [nextRow, setNextRow] = useState(values.members.length);
  const common = { requiredLabel: t("requiredMark") };
  const items = summaryItems(errors, sessions[0]?.slug);

  const addRow = () => {
    setRows((current) => [...current, nextRow]);
    setNextRow((current) => current + 1);
  };
  const removeRow = (id: number) => setRows((current) => current.filter((row) => row !== id));

  return (
    <form id="delegation-form" action={formAction} noValidate className="space-y-8">
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
        <legend className="mb-4 text-xl font-bold text-brand-900">{d("registrantTitle")}</legend>
        <TextField {...common} name="registrantName" label={d("registrantName")} defaultValue={values.registrantName} autoComplete="name" maxLength={limits.fullName} errors={errors.registrantName} />
        <div className="grid gap-5 md:grid-cols-2">
          <TextField
            {...common}
            name="registrantEmail"
            type="email"
            inputMode="email"
            label={d("registrantEmail")}
            hint={d("registrantEmailHint")}
            defaultValue={values.registrantEmail}
            autoComplete="email"
            maxLength={limits.email}
            errors={errors.registrantEmail}
          />
          <TextField
            {...common}
            name="registrantPhone"
            type="tel"
            inputMode="tel"
            label={d("registrantPhone")}
            hint={t("phoneHint")}
            defaultValue={values.registrantPhone}
            autoComplete="tel"
            maxLength={limits.phone}
            errors={errors.registrantPhone}
          />
        </div>
      </fieldset>

      <fieldset className="space-y-5">
        <legend className="mb-4 text-xl font-bold text-brand-900">{d("organizationTitle")}</legend>
        <TextField {...common} name="organization" label={t("organization")} defaultValue={values.organization} autoComplete="organization" maxLength={limits.organization} errors={errors.organization} />
        <SelectField
          {...common}
          name="province"
          label={t("province")}
          placeholder={t("provincePlaceholder")}
          defaultValue={values.province}
          options={[...PROVINCIAL_UNITS.map((province) => ({ value: province, label: province })), { value: "Nước ngoài", label: t("provinceAbroad") }]}
          errors={errors.province}
        />
      </fieldset>

      <section aria-labelledby="members-title" className="space-y-4">
        <h2 id="members-title" className="text-xl font-bold text-brand-900">
          {d("membersTitle")}
        </h2>
        <p className="text-sm text-muted">{d("membersHint", { min: limits.minMembers, max: limits.maxMembers })}</p>
        <FieldError name="members" errors={errors.members} />
        {rows.map((id, index) => (
          <DelegationMemberFields
            key={id}
            row={index}
            values={values.members[id] ?? EMPTY_MEMBER}
            errors={errors}
            groups={groups}
            limits={limits}
            onRemove={rows.length > limits.minMembers ? () => removeRow(id) : undefined}
          />
        ))}
        {rows.length < limits.maxMembers && (
          <button
            type="button"
            onClick={addRow}
            className="min-h-11 rounded-md bg-white px-5 py-2.5 font-semibold text-brand-800 shadow-sm ring-1 ring-inset ring-brand-700/30 hover:bg-brand-50"
          >
            {d("addMember")}
          </button>
        )}
      </section>

      <SessionChoices sessions={sessions} selected={values.sessions} errors={errors.sessions} />

      <fieldset className="space-y-3">
        <legend className="text-xl font-bold text-brand-900">{d("modeTitle")}</legend>
        <FieldError name="mode" errors={errors.mode} />
        {(["all", "each"] as const).map((mode) => (
          <label key={mode} htmlFor={fieldId(`mode-${mode}`)} className="flex cursor-pointer gap-3">
            <input id={fieldId(`mode-${mode}`)} type="radio" name="mode" value={mode} defaultChecked={values.mode === mode} className="mt-1 h-5 w-5 shrink-0 accent-brand-700" />
            <span>{d(mode === "all" ? "modeAll" : "modeEach")}</span>
          </label>
        ))}
      </fieldset>

      {notice}

      <div>
        <FieldError name="informed" errors={errors.informed} />
        <label htmlFor={fieldId("informed")} className="flex cursor-pointer gap-3">
          <input
            id={fieldId("informed")}
            type="checkbox"
            name="informed"
            defaultChecked={values.informed}
            required
            aria-invalid={errors.informed?.length ? true : undefined}
            aria-describedby={errors.informed?.length ? errorId("informed") : undefined}
            className="mt-1 h-5 w-5 shrink-0 accent-brand-700"
          />
          <span>{d("informed")}</span>
        </label>
      </div>

      {/* Honeypot: off-screen and hidden from assistive technology; people leave it empty, naive bots fill it. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor={fieldId("website")}>{t("honeypot")}</label>
        <input id={fieldId("website")} type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <div className="border-t border-brand-100 pt-6">
        <SubmitButton label={d("submit")} pendingLabel={d("submitting")} />
      </div>
    </form>
  );
}
