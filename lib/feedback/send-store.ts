import "server-only";
import { db } from "@/lib/db";
import { logger } from "@/lib/log";
import { queueRenderedMail } from "@/lib/mail/store";
import { currentTime } from "@/lib/time/clock";
import { claimDueSurveys } from "./survey-store";
import { surveyToken, surveyUrl } from "./link";
import { renderSurveyMail } from "./survey-mail";

const log = logger("feedback");
/** Often enough that a survey leaves on the morning after its session, whichever instance runs it. */
const SWEEP_MS = 15 * 60 * 1000;

/**
 * Queues today's survey e-mails: each delegate is marked invited in the same transaction as their
 * e-mail is queued, so a delegate gets one survey per session, however many instances sweep.
 */
async function queueDueFeedbackSurveys(now = currentTime()): Promise<number> {
  return db.$transaction(async (tx) => {
    const due = await claimDueSurveys(tx, now);
    for (const delegate of due) {
      const mail = renderSurveyMail(delegate, surveyUrl(surveyToken({ id: delegate.checkInId, year: delegate.year })));
      await queueRenderedMail(tx, "feedback.survey", { to: delegate.email, ...mail }, { registrationId: delegate.registrationId });
    }
    return due.length;
  });
}

/** Sweeps for due surveys now and every quarter of an hour while the server runs. */
export function startFeedbackSweep(): void {
  const sweep = () =>
    queueDueFeedbackSurveys().then(
      (count) => count > 0 && log.info({ count }, "survey e-mails queued"),
      (error: unknown) => log.error({ err: error }, "the survey sweep failed"),
    );
  void sweep();
  setInterval(() => void sweep(), SWEEP_MS).unref();
}
