"use client";

import { useActionState } from "react";
import { decideApplicationAction } from "@/lib/exhibition/admin-actions";
import type { ApplicationDecision } from "@/lib/exhibition/admin-schema";
import { idleState } from "@/lib/forms/action-state";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { ConfirmDisclosure } from "../confirm-disclosure";
import { FormMessage, TextField } from "../form-controls";
import { inputClass } from "../styles";
import { SubmitButton } from "../submit-button";

type Props = { locale: Locale; applicationId: string; organization: string; suggestedCode: string };

function MessageField({ id, label, value, error }: { id: string; label: string; value?: string; error?: string }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold text-brand-900">
        {label}
      </label>
      <textarea
        id={id}
        name="message"
        rows={3}
        className={inputClass}
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-semibold text-accent-700">
          {error}
        </p>
      )}
    </div>
  );
}

function DecisionForm({
  locale,
  applicationId,
  decision,
  title,
  children,
}: {
  locale: Locale;
  applicationId: string;
  decision: ApplicationDecision;
  title: string;
  children: (state: { values: Record<string, string>; errors: Record<string, string | undefined> }) => React.ReactNode;
}) {
  const [state, action] = useActionState(decideApplicationAction, idleState);
  const values = state.status === "error" ? state.values : {};
  const errors = state.status === "error" ? state.fieldErrors : {};
  return (
    <section aria-label={title} className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-brand-100">
      <h2 className="mb-4 text-lg font-bold text-brand-900">{title}</h2>
      <form key={JSON.stringify(state)} action={action} className="space-y-4" noValidate>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="id" value={applicationId} />
        <input type="hidden" name="decision" value={decision} />
        <FormMessage state={state} />
        {children({ values, errors })}
      </form>
    </section>
  );
}

/** The three decisions on an open application, each its own form. */
export function DecisionForms({ locale, applicationId, organization, suggestedCode }: Props) {
  const t = getTranslator(locale, "adminApplications");
  const booths = getTranslator(locale, "adminBooths");
  const saving = getTranslator(locale, "adminForm")("saving");
  const common = { locale, applicationId };
  return (
    <div className="space-y-6">
      <DecisionForm {...common} decision="accept" title={t("acceptTitle")}>
        {({ values, errors }) => (
          <>
            <TextField
              name="code"
              id="accept-code"
              label={booths("code")}
              hint={booths("codeHint")}
              defaultValue={values.code ?? suggestedCode}
              error={errors.code}
            />
            <fieldset className="grid grid-cols-2 gap-3 sm:grid-cols-4">
              <legend className="mb-2 text-sm font-semibold text-brand-900">{booths("placement")}</legend>
              {(["x", "y", "width", "height"] as const).map((name) => (
                <TextField
                  key={name}
                  id={`accept-${name}`}
                  name={name}
                  type="number"
                  inputMode="numeric"
                  min={0}
                  label={booths(name)}
                  defaultValue={values[name] ?? (name === "width" || name === "height" ? "30" : "")}
                  error={errors[name]}
                />
              ))}
            </fieldset>
            <MessageField id="accept-message" label={t("message")} value={values.message} error={errors.message} />
            <SubmitButton pendingLabel={saving}>{t("accept")}</SubmitButton>
          </>
        )}
      </DecisionForm>
      <DecisionForm {...common} decision="request-changes" title={t("changesTitle")}>
        {({ values, errors }) => (
          <>
            <MessageField id="changes-message" label={t("message")} value={values.message} error={errors.message} />
            <SubmitButton variant="secondary" pendingLabel={saving}>
              {t("requestChanges")}
            </SubmitButton>
          </>
        )}
      </DecisionForm>
      <DecisionForm {...common} decision="decline" title={t("declineTitle")}>
        {({ values, errors }) => (
          <>
            <MessageField id="decline-message" label={t("message")} value={values.message} error={errors.message} />
            <ConfirmDisclosure summary={t("decline")} prompt={t("declinePrompt", { organization })}>
              <SubmitButton variant="danger" pendingLabel={saving}>
                {t("decline")}
              </SubmitButton>
            </ConfirmDisclosure>
          </>
        )}
      </DecisionForm>
    </div>
  );
}
