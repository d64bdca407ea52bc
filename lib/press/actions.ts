"use server";

import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { submittedValues, type ActionState } from "@/lib/forms/action-state";
import { formLocale } from "@/lib/forms/action-state";
import { handlePublicForm } from "@/lib/forms/public-form-action";
import { localizedPath } from "@/lib/i18n/config";
import { formatMessage, getMessages } from "@/lib/i18n/translator";
import { ACCREDITATION_NOTICE_VERSION, submitAccreditation } from "./accreditation-store";
import { ACCREDITATION_RECEIVED_PATH } from "./paths";
import { accreditationFromForm, createAccreditationSchema } from "./schema";

/** The input sent back on an error, with every ticked session kept (a form value holds only the last of a repeated field). */
function typedValues(form: FormData): Record<string, string> {
  return { ...submittedValues(form), sessionIds: form.getAll("sessionIds").join(",") };
}

/** The public accreditation form (no account): validate, store as pending for the organisers. */
export async function submitAccreditationAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const locale = formLocale(form);
  const messages = getMessages(locale).pressAccreditation;
  const received = () => redirect(localizedPath(locale, ACCREDITATION_RECEIVED_PATH));
  const refused = (message: string, fieldErrors = {}): ActionState => ({ status: "error", message, fieldErrors, values: typedValues(form) });
  return handlePublicForm(form, {
    schema: createAccreditationSchema(messages.errors),
    read: accreditationFromForm,
    values: typedValues,
    // Attempts per client address, valid or not: a newsroom behind one address stays well within it.
    rateLimit: { key: "press-accreditation", limit: 20, windowSeconds: 3600 },
    honeypot: "website",
    onHoneypot: received,
    consent: { noticeVersion: ACCREDITATION_NOTICE_VERSION, purposes: () => ["PRESS_ACCREDITATION"] },
    messages: { rateLimited: (minutes) => formatMessage(messages.rateLimited, { minutes }, locale), invalid: messages.fixErrors },
    submit: async (input, consent) => {
      const result = await submitAccreditation(db, input, consent);
      if (result.status === "closed") return refused(messages.closed);
      if (result.status === "duplicate") return refused(messages.fixErrors, { email: messages.errors.duplicate });
      return received();
    },
  });
}
