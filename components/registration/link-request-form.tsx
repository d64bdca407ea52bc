"use client";

import { useActionState } from "react";
import { idleState } from "@/lib/forms/action-state";
import type { Locale } from "@/lib/i18n/config";
import { requestManageLinkAction } from "@/lib/registration/link-actions";
import { TextField } from "./fields";
import { SubmitButton } from "./submit-button";

type LinkRequestLabels = { email: string; emailHint: string; required: string; submit: string; submitting: string; honeypot: string };

/** "Send me my link again": the address alone; works without JavaScript; the answer is the same for every address. */
export function LinkRequestForm({ locale, labels }: { locale: Locale; labels: LinkRequestLabels }) {
  const [state, action] = useActionState(requestManageLinkAction, idleState);
  const values = state.status === "error" ? state.values : {};
  const emailErrors = state.status === "error" && state.fieldErrors.email ? [state.fieldErrors.email] : undefined;
  return (
    <form key={JSON.stringify(values)} action={action} className="space-y-5" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {state.status === "success" && (
        <p role="status" className="rounded-md border-l-4 border-green-700 bg-green-50 px-4 py-3 font-semibold text-ink">
          {state.message}
        </p>
      )}
      {state.status === "error" && (
        <p role="alert" className="rounded-md border-l-4 border-accent-600 bg-accent-100 px-4 py-3 font-semibold text-accent-700">
          {state.message}
        </p>
      )}
      <TextField
        name="email"
        type="email"
        label={labels.email}
        hint={labels.emailHint}
        requiredLabel={labels.required}
        autoComplete="email"
        inputMode="email"
        defaultValue={values.email ?? ""}
        errors={emailErrors}
      />
      {/* Honeypot: off-screen and hidden from assistive technology; people leave it empty. */}
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor="link-website">{labels.honeypot}</label>
        <input id="link-website" type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <SubmitButton label={labels.submit} pendingLabel={labels.submitting} />
    </form>
  );
}
