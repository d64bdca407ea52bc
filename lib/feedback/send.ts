import "server-only";
import { db } from "@/lib/db";
import { sendMail } from "@/lib/mail/send";
import { currentTime } from "@/lib/time/clock";
import { claimDueSurveys } from "./due";
import { surveyToken, surveyUrl } from "./link";
import { renderSurveyMail } from "./survey-mail";

/**
 * Sends today's survey e-mails. The one place that hands them to the mail layer: with the outbox,
 * call claimDueSurveys and queue each rendered mail in one transaction instead of sendMail here.
 * Until then a delegate is marked invited before the send, so a failed send is not retried: at most
 * one e-mail each, as the survey promises.
 */
export async function sendDueFeedbackSurveys(now = currentTime()): Promise<{ sent: number; failed: number }> {
  const due = await claimDueSurveys(db, now);
  let failed = 0;
  for (const delegate of due) {
    const mail = renderSurveyMail(delegate, surveyUrl(surveyToken({ id: delegate.checkInId, year: delegate.year })));
    await sendMail({ to: delegate.email, ...mail }).catch((error: unknown) => {
      failed += 1;
      console.warn("[feedback] survey e-mail not sent:", error);
    });
  }
  return { sent: due.length - failed, failed };
}
