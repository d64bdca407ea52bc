"use server";

import { db } from "@/lib/db";
import { errorState, fieldErrorsOf, formLocale, type ActionState } from "@/lib/forms/action-state";
import { getMessages } from "@/lib/i18n/translator";
import { currentTime } from "@/lib/time/clock";
import { z } from "@/lib/zod";
import { checkInIdOfSurvey } from "./link";
import { createSurveySchema } from "./schema";
import { answerSurvey } from "./store";

/** A delegate's answer, authorised by the signed link alone; a second answer is refused. */
export async function answerSurveyAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const messages = getMessages(formLocale(formData)).feedbackSurvey;
  const token = z.object({ token: z.string().max(200) }).safeParse(Object.fromEntries(formData));
  const checkInId = token.success ? checkInIdOfSurvey(token.data.token) : null;
  if (!checkInId) return errorState(messages.errors.linkInvalid);
  const parsed = createSurveySchema(messages.errors).safeParse(Object.fromEntries(formData));
  if (!parsed.success) return errorState(messages.errors.fix, fieldErrorsOf(parsed.error), formData);
  const outcome = await answerSurvey(db, checkInId, parsed.data, currentTime());
  if (!outcome.ok) return errorState(outcome.reason === "already-answered" ? messages.errors.alreadyAnswered : messages.errors.linkInvalid);
  return { status: "success", message: messages.thanks, result: undefined };
}
