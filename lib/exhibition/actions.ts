"use server";

import { logger } from "@/lib/log";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { formLocale, submittedValues, type ActionState } from "@/lib/forms/action-state";
import { handlePublicForm } from "@/lib/forms/public-form-action";
import { localizedPath } from "@/lib/i18n/config";
import { formatMessage, getMessages } from "@/lib/i18n/translator";
import { APPLICATION_NOTICE_VERSION, receiveExhibitorApplication } from "./application-store";
import { APPLICATION_RECEIVED_PATH } from "./paths";
import { applicationFromForm, createExhibitorApplicationSchema } from "./schema";
const log = logger("exhibition");

/** The public exhibitor application form (no account): validate, store as PENDING, acknowledge by e-mail. */
export async function submitExhibitorApplication(_previous: ActionState, form: FormData): Promise<ActionState> {
  const locale = formLocale(form);
  const messages = getMessages(locale).exhibitorApplication;
  const received = () => redirect(localizedPath(locale, APPLICATION_RECEIVED_PATH));
  const refused = (message: string): ActionState => ({ status: "error", message, fieldErrors: {}, values: submittedValues(form) });
  return handlePublicForm(form, {
    schema: createExhibitorApplicationSchema(getMessages(locale).exhibitorApplicationErrors),
    read: applicationFromForm,
    // Attempts per client address, valid or not. An exhibition has some twenty booths: an office behind
    // one address applying for several enterprises stays well within it, a script does not.
    rateLimit: { key: "exhibitor-application", limit: 20, windowSeconds: 3600 },
    honeypot: "website",
    onHoneypot: received,
    consent: {
      noticeVersion: APPLICATION_NOTICE_VERSION,
      purposes: (input) => ["EXHIBITOR_APPLICATION", ...(input.publishContacts ? ["PUBLISH_CONTACTS"] : [])],
    },
    messages: { rateLimited: (minutes) => formatMessage(messages.rateLimited, { minutes }, locale), invalid: messages.errorSummaryTitle },
    submit: async (input, consent) => {
      let result;
      try {
        result = await receiveExhibitorApplication(db, input, consent);
      } catch (error) {
        log.error({ err: error }, "an application was not stored");
        return refused(messages.unexpected);
      }
      return result.status === "closed" ? refused(messages.closedText) : received();
    },
  });
}
