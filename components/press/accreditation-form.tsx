"use client";

import { useActionState } from "react";
import { FormMessage, TextField } from "@/components/admin/form-controls";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/admin/submit-button";
import { idleState } from "@/lib/forms/action-state";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { submitAccreditationAction } from "@/lib/press/actions";

export type SessionChoice = { id: string; label: string };

/** The fields in the order they appear, so the error summary lists problems top to bottom. */
const FIELD_ORDER = ["fullName", "outlet", "cardNumber", "email", "phone", "consent"] as const;

/** The journalists' form: works without JavaScript (a plain POST to the Server Action); input kept on error. */
export function AccreditationForm({ locale, sessions }: { locale: Locale; sessions: SessionChoice[] }) {
  const t = getTranslator(locale, "pressAccreditation");
  const [state, action] = useActionState(submitAccreditationAction, idleState);
  const values = state.status === "error" ? state.values : {};
  const errors = state.status === "error" ? state.fieldErrors : {};
  const chosen = new Set((values.sessionIds ?? "").split(","));
  const problems = FIELD_ORDER.flatMap((name) =>
    errors[name] ? [{ href: `#${name === "consent" ? "press-consent" : name}`, message: errors[name] }] : [],
  );
  const required = t("requiredMark");
  return (
    <form key={JSON.stringify(values)} action={action} className="space-y-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {problems.length > 0 ? (
        <ErrorSummary title={t("errorSummaryTitle")} text={t("errorSummaryText")} items={problems} />
      ) : (
        <FormMessage state={state} />
      )}
      <p className="text-sm text-muted">{t("requiredNote")}</p>
      <TextField
        name="fullName"
        requiredLabel={required}
        label={t("fullName")}
        autoComplete="name"
        required
        defaultValue={values.fullName}
        error={errors.fullName}
      />
      <TextField
        name="outlet"
        requiredLabel={required}
        label={t("outlet")}
        autoComplete="organization"
        required
        defaultValue={values.outlet}
        error={errors.outlet}
      />
      <TextField
        name="cardNumber"
        requiredLabel={required}
        label={t("cardNumber")}
        hint={t("cardNumberHint")}
        required
        defaultValue={values.cardNumber}
        error={errors.cardNumber}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          name="email"
          requiredLabel={required}
          type="email"
          label={t("email")}
          autoComplete="email"
          required
          defaultValue={values.email}
          error={errors.email}
        />
        <TextField
          name="phone"
          requiredLabel={required}
          type="tel"
          label={t("phone")}
          autoComplete="tel"
          required
          defaultValue={values.phone}
          error={errors.phone}
        />
      </div>
      {sessions.length > 0 && (
        <fieldset>
          <legend className="text-sm font-semibold text-brand-900">{t("sessions")}</legend>
          <p className="text-sm text-muted">{t("sessionsHint")}</p>
          <ul className="mt-2 space-y-2">
            {sessions.map((session) => (
              <li key={session.id} className="flex items-start gap-3">
                <input
                  id={`session-${session.id}`}
                  type="checkbox"
                  name="sessionIds"
                  value={session.id}
                  className="mt-1 size-5"
                  defaultChecked={chosen.has(session.id)}
                />
                <label htmlFor={`session-${session.id}`}>{session.label}</label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      <fieldset className="rounded-lg border border-brand-100 p-4">
        <legend className="px-1 font-semibold text-brand-900">{t("consentTitle")}</legend>
        <div className="flex items-start gap-3">
          <input
            id="press-consent"
            type="checkbox"
            name="consent"
            className="mt-1 size-5"
            aria-invalid={errors.consent ? true : undefined}
            aria-describedby={errors.consent ? "press-consent-error" : undefined}
          />
          <label htmlFor="press-consent">{t("consentText")}</label>
        </div>
        {errors.consent && (
          <p id="press-consent-error" className="mt-2 text-sm font-semibold text-accent-700">
            {errors.consent}
          </p>
        )}
      </fieldset>
      {/* Honeypot: hidden from people and assistive technology; bots fill it in. */}
      <div aria-hidden="true" className="hidden">
        <label htmlFor="press-website">Website</label>
        <input id="press-website" name="website" type="text" tabIndex={-1} autoComplete="off" />
      </div>
      <SubmitButton pendingLabel={t("submitting")}>{t("submit")}</SubmitButton>
    </form>
  );
}
