import type { Database } from "@/lib/db-client";
import { summarizeRatings, type FeedbackSummary } from "./rules";

// Reads of the feedback; `database` is a parameter so that tests and the report run on any database.

/** The survey a check-in opens: the session, and whether it was answered already. */
export async function findSurveyIn(database: Database, checkInId: string) {
  return database.checkIn.findFirst({
    where: { id: checkInId, feedbackInvitedAt: { not: null }, registrationId: { not: null } },
    select: { id: true, feedbackAnsweredAt: true, session: { select: { title: true, startsAt: true } } },
  });
}

export type SessionFeedbackView = FeedbackSummary & {
  sessionId: string;
  title: string;
  startsAt: Date;
  comments: { comment: string; signedName: string | null; createdAt: Date }[];
};

/** Per session of the edition that received answers: count, average, distribution and the comments. */
export async function loadEditionFeedbackIn(database: Database, editionId: string): Promise<SessionFeedbackView[]> {
  const rows = await database.sessionFeedback.findMany({
    where: { session: { editionId } },
    select: { rating: true, comment: true, signedName: true, createdAt: true, session: { select: { id: true, title: true, startsAt: true } } },
    orderBy: [{ session: { startsAt: "asc" } }, { createdAt: "asc" }],
  });
  const bySession = new Map<string, { session: (typeof rows)[number]["session"]; rows: typeof rows }>();
  for (const row of rows) {
    const entry = bySession.get(row.session.id) ?? { session: row.session, rows: [] };
    entry.rows.push(row);
    bySession.set(row.session.id, entry);
  }
  return [...bySession.values()].map(({ session, rows: answers }) => ({
    sessionId: session.id,
    title: session.title,
    startsAt: session.startsAt,
    ...summarizeRatings(answers.map((answer) => answer.rating)),
    comments: answers.flatMap((answer) => (answer.comment ? [{ comment: answer.comment, signedName: answer.signedName, createdAt: answer.createdAt }] : [])),
  }));
}
