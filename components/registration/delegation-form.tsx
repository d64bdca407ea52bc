"use client";

import { useActionState, useState, type ReactNode } from "react";
import { idleState, type ActionState } from "@/lib/forms/action-state";
import { useTranslator } from "@/lib/i18n/client";
import type { Messages } from "@/lib/i18n/translator";
import type { DelegationFormValues, DelegationMemberValues } from "@/lib/registration/delegation-form";
import { DelegationMemberFields } from "./delegation-member-fields";
import { FieldError, TextField, errorId, fieldId } from "./fields";
import { ContactFields, FormProblems, Honeypot, ProvinceField, fieldMessagesOf } from "./form-parts";
import type { SessionOption } from "./registration-form";
import { SessionChoices } from "./session-choices";
import { SubmitButton } from "./submit-button";

/** Refused with the input kept; a delegation taken redirects to its page. */
type State = ActionState<never, DelegationFormValues>;

type Props = {
  groups: readonly (keyof Messages["delegateGroup"])[];
  limits: { fullName: number; position: number; organization: number; email: number; phone: number; minMembers: number; maxMembers: number };
  action: (state: State, formData: FormData) => Promise<State>;
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

// Texts: the "register", "delegation" and "delegateGroup" namespaces, from a <MessagesProvider>.
export function DelegationForm(props: Props) {
  const [state, formAction] = useActionState<State, FormData>(props.action, idleState);
  const values = state.status === "error" ? state.values : emptyValues(props.limits.minMembers);
  // The key remounts the fields (and their rows) when what was sent changes, so that they show it.
  return <DelegationFields key={JSON.stringify(values)} {...props} state={state} values={values} formAction={formAction} />;
}

type FieldsProps = Props & { state: State; values: DelegationFormValues; formAction: (formData: FormData) => void };

function DelegationFields({ groups, limits, sessions, notice, state, values, formAction }: FieldsProps) {
  const t = useTranslator("register");
  const d = useTranslator("delegation");
  const errors = fieldMessagesOf(state);
  const [rows, setRows] = useState(() => values.members.map((_, index) => index));
  const [nextRow, setNextRow] = useState(values.members.length);
  const common = { requiredLabel: t("requiredMark") };

  const addRow = () => {
    setRows((current) => [...current, nextRow]);
    setNextRow((current) => current + 1);
  };
  const removeRow = (id: number) => setRows((current) => current.filter((row) => row !== id));

  return (
    <form id="delegation-form" action={formAction} noValidate className="space-y-8">
      <FormProblems state={state} order={[]} formId="delegation-form" formKeys={["members"]} firstSession={sessions[0]?.slug} />
      <p className="text-sm text-muted">{t("requiredNote")}</p>

      <fieldset className="space-y-5">
        <legend className="mb-4 text-xl font-bold text-brand-900">{d("registrantTitle")}</legend>
        <TextField {...common} name="registrantName" label={d("registrantName")} defaultValue={values.registrantName} autoComplete="name" maxLength={limits.fullName} errors={errors.registrantName} />
        <ContactFields
          names={{ email: "registrantEmail", phone: "registrantPhone" }}
          labels={{ email: d("registrantEmail"), phone: d("registrantPhone"), emailHint: d("registrantEmailHint") }}
          values={{ email: values.registrantEmail, phone: values.registrantPhone }}
          errors={errors}
          limits={limits}
        />
      </fieldset>

      <fieldset className="space-y-5">
        <legend className="mb-4 text-xl font-bold text-brand-900">{d("organizationTitle")}</legend>
        <TextField {...common} name="organization" label={t("organization")} defaultValue={values.organization} autoComplete="organization" maxLength={limits.organization} errors={errors.organization} />
        <ProvinceField defaultValue={values.province} errors={errors.province} />
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

      <Honeypot name="website" />

      <div className="border-t border-brand-100 pt-6">
        <SubmitButton label={d("submit")} pendingLabel={d("submitting")} />
      </div>
    </form>
  );
}
