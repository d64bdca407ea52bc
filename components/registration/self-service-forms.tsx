"use client";

import { useActionState } from "react";
import { useTranslator } from "@/lib/i18n/client";
import type { SelfServiceState } from "@/lib/registration/self-service-actions";
import { TextField } from "./fields";
import { SubmitButton } from "./submit-button";

type Action = (state: SelfServiceState, formData: FormData) => Promise<SelfServiceState>;
type Common = { token: string; locale: string };
const INITIAL: SelfServiceState = { submission: 0, status: "idle" };

function Hidden({ token, locale }: Common) {
  return (
    <>
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="locale" value={locale} />
    </>
  );
}

/** The answer of the last submission, read out by screen readers. */
function Outcome({ state, email }: { state: SelfServiceState; email?: string }) {
  const t = useTranslator("selfService");
  const text =
    state.status === "saved"
      ? t("corrected")
      : state.status === "unchanged"
        ? t("noChange")
        : state.status === "sent"
          ? t("emailSent", { email: email ?? "" })
          : state.status === "rate-limited"
            ? t("rateLimited", { minutes: Math.max(1, Math.ceil((state.retryAfterSeconds ?? 60) / 60)) })
            : state.status === "invalid-link"
              ? t("invalidLink")
              : state.status === "failed"
                ? t("unexpected")
                : null;
  if (!text) return null;
  const isProblem = ["rate-limited", "invalid-link", "failed"].includes(state.status);
  return (
    <p role={isProblem ? "alert" : "status"} className={`rounded-lg p-3 font-semibold ${isProblem ? "border-2 border-accent-600 bg-accent-100 text-accent-700" : "border border-green-700 bg-green-50 text-ink"}`}>
      {text}
    </p>
  );
}

type Person = { fullName: string; position: string; organization: string; phone: string };

/** Texts: "register" and "selfService", from a <MessagesProvider>. */
export function CorrectDetailsForm({ action, person, ...common }: Common & { action: Action; person: Person }) {
  const [state, formAction] = useActionState(action, INITIAL);
  const t = useTranslator("register");
  const s = useTranslator("selfService");
  const values = state.values ?? person;
  const errors = state.errors ?? {};
  const required = { requiredLabel: t("requiredMark") };
  return (
    <form key={state.submission} action={formAction} noValidate className="space-y-4" aria-labelledby="correct-title">
      <h3 id="correct-title" className="text-xl font-bold text-brand-900">
        {s("correctTitle")}
      </h3>
      <p className="text-sm text-muted">{s("correctHint")}</p>
      <Outcome state={state} />
      <Hidden {...common} />
      <TextField {...required} name="fullName" label={t("fullName")} defaultValue={values.fullName ?? ""} autoComplete="name" errors={errors.fullName} />
      <TextField {...required} name="position" label={t("position")} hint={t("positionHint")} defaultValue={values.position ?? ""} errors={errors.position} />
      <TextField {...required} name="organization" label={t("organization")} defaultValue={values.organization ?? ""} errors={errors.organization} />
      <TextField {...required} name="phone" type="tel" inputMode="tel" label={t("phone")} hint={t("phoneHint")} defaultValue={values.phone ?? ""} errors={errors.phone} />
      <SubmitButton label={s("correctSubmit")} pendingLabel={s("saving")} variant="secondary" />
    </form>
  );
}

export function EmailChangeForm({ action, ...common }: Common & { action: Action }) {
  const [state, formAction] = useActionState(action, INITIAL);
  const t = useTranslator("register");
  const s = useTranslator("selfService");
  return (
    <form key={state.submission} action={formAction} noValidate className="space-y-4" aria-labelledby="email-change-title">
      <h3 id="email-change-title" className="text-xl font-bold text-brand-900">
        {s("emailTitle")}
      </h3>
      <Outcome state={state} email={state.values?.email} />
      <Hidden {...common} />
      <TextField
        requiredLabel={t("requiredMark")}
        name="email"
        type="email"
        inputMode="email"
        label={s("emailLabel")}
        hint={s("emailHint")}
        defaultValue={state.status === "sent" ? "" : (state.values?.email ?? "")}
        autoComplete="email"
        errors={state.errors?.email}
      />
      <SubmitButton label={s("emailSubmit")} pendingLabel={s("sending")} variant="secondary" />
    </form>
  );
}
