import "server-only";
import type { Database } from "@/lib/db-client";
import type { SurveyInput } from "./schema";

// A delegate's answer. The check-in's answered time is set by a conditional update in the same
// transaction as the answer: of two answers, even at the same instant, one is stored.

type AnswerOutcome = { ok: true } | { ok: false; reason: "not-found" | "already-answered" };

export async function answerSurvey(database: Database, checkInId: string, input: SurveyInput, now: Date): Promise<AnswerOutcome> {
  return database.$transaction(async (tx) => {
    const claimed = await tx.checkIn.updateMany({
      where: { id: checkInId, feedbackInvitedAt: { not: null }, feedbackAnsweredAt: null, registrationId: { not: null } },
      data: { feedbackAnsweredAt: now },
    });
    if (claimed.count === 0) {
      const exists = await tx.checkIn.count({ where: { id: checkInId, feedbackInvitedAt: { not: null } } });
      return { ok: false, reason: exists ? "already-answered" : "not-found" };
    }
    const checkIn = await tx.checkIn.findUniqueOrThrow({ where: { id: checkInId }, select: { sessionId: true, registration: { select: { fullName: true } } } });
    // Only the session, never the check-in: an unsigned answer cannot be traced back to the delegate.
    await tx.sessionFeedback.create({
      data: { sessionId: checkIn.sessionId, rating: input.rating, comment: input.comment, signedName: input.signed ? (checkIn.registration?.fullName ?? null) : null, createdAt: now },
    });
    return { ok: true };
  });
}
