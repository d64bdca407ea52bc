"use client";

import { RequiredMark } from "@/components/forms/required-mark";
import { useTranslator } from "@/lib/i18n/client";
import { FieldError, describedBy, fieldId } from "./fields";
import type { SessionOption } from "./registration-form";
import { SessionCheckbox } from "./session-checkbox";

type Props = { sessions: SessionOption[]; selected: readonly string[]; errors?: string[] };

/** The sessions a registration (one delegate's or a delegation's) chooses, with the seats left of each. */
export function SessionChoices({ sessions, selected, errors }: Props) {
  const t = useTranslator("register");
  return (
    <fieldset aria-describedby={describedBy("sessions", { hint: true, errors })}>
      <legend className="text-xl font-bold text-brand-900">
        {t("sessionsTitle")}
        <RequiredMark label={t("requiredMark")} />
      </legend>
      <p id={`${fieldId("sessions")}-hint`} className="mt-1 text-sm text-muted">
        {t("sessionsHint")}
      </p>
      <FieldError name="sessions" errors={errors} />
      <ul className="mt-4 space-y-3">
        {sessions.map((session) => (
          <li key={session.slug}>
            <SessionCheckbox
              id={`${fieldId("sessions")}-${session.slug}`}
              value={session.slug}
              title={session.title}
              details={`${session.when} · ${session.venue}`}
              seatsLabel={session.seatsLeft === 0 ? t("full") : t("seatsLeft", { count: session.seatsLeft })}
              isFull={session.seatsLeft === 0}
              defaultChecked={selected.includes(session.slug)}
              isInvalid={!!errors?.length}
            />
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
