import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";
import { useServerEnv } from "../../setup/server-env";

// Who receives the survey the day after a session, once; an answer is taken once; organisers' figures.

let database: TestDatabase;
let due: typeof import("@/lib/feedback/survey-store");
let store: typeof import("@/lib/feedback/store");
let data: typeof import("@/lib/feedback/survey-queries");
let link: typeof import("@/lib/feedback/link");
let opening: { id: string; editionId: string; endsAt: Date };
// 10:00 on the day after the opening ceremony, Quảng Ngãi time.
const NEXT_MORNING = new Date("2025-09-26T03:00:00Z");

async function delegate(code: string, options: { status?: "ACTIVE" | "CANCELLED"; withdrawNews?: boolean; checkedIn?: boolean } = {}) {
  const registration = await database.db.registration.create({
    data: { editionId: opening.editionId, code, group: "GOVERNMENT", fullName: `Đại biểu ${code}`, email: `${code.toLowerCase()}@example.vn`, status: options.status ?? "ACTIVE", cancelledAt: options.status === "CANCELLED" ? NEXT_MORNING : null },
    select: { id: true },
  });
  await database.db.consent.create({ data: { registrationId: registration.id, purpose: "NEWS", noticeVersion: "1", givenAt: new Date("2025-09-01T00:00:00Z"), withdrawnAt: options.withdrawNews ? NEXT_MORNING : null } });
  if (options.checkedIn === false) return { registrationId: registration.id, checkInId: null };
  const checkIn = await database.db.checkIn.create({ data: { registrationId: registration.id, sessionId: opening.id }, select: { id: true } });
  return { registrationId: registration.id, checkInId: checkIn.id };
}

beforeAll(async () => {
  database = await createTestDatabase("seeded");
  useServerEnv(database.url);
  due = await import("@/lib/feedback/survey-store");
  store = await import("@/lib/feedback/store");
  data = await import("@/lib/feedback/survey-queries");
  link = await import("@/lib/feedback/link");
  opening = await database.db.session.findFirstOrThrow({ where: { slug: "le-khai-mac", edition: { year: 2025 } }, select: { id: true, editionId: true, endsAt: true } });
});

afterAll(async () => {
  await database?.drop();
});

describe("the feedback survey", () => {
  it("goes once to each delegate checked in yesterday, never to one who withdrew consent, cancelled or was erased", async () => {
    const present = await delegate("QN25-FBAA2");
    const withdrawn = await delegate("QN25-FBAA3", { withdrawNews: true });
    const cancelled = await delegate("QN25-FBAA4", { status: "CANCELLED" });
    const erased = await delegate("QN25-FBAA5");
    await delegate("QN25-FBAA6", { checkedIn: false });
    await database.db.registration.update({ where: { id: erased.registrationId }, data: { status: "ERASED", fullName: null, email: null, phone: null, erasedAt: NEXT_MORNING } });

    // The evening of the ceremony is too early: the session ended today, not yesterday.
    expect(await due.claimDueSurveys(database.db, new Date("2025-09-25T15:00:00Z"))).toEqual([]);
    const claimed = await due.claimDueSurveys(database.db, NEXT_MORNING);
    expect(claimed.map((row) => row.checkInId)).toEqual([present.checkInId]);
    expect(claimed[0]).toMatchObject({ email: "qn25-fbaa2@example.vn", fullName: "Đại biểu QN25-FBAA2", year: 2025 });
    expect(await due.claimDueSurveys(database.db, NEXT_MORNING)).toEqual([]);
    // Two days later nothing of the 25th is due any more.
    expect(await due.claimDueSurveys(database.db, new Date("2025-09-27T03:00:00Z"))).toEqual([]);
    for (const other of [withdrawn, cancelled, erased]) {
      expect((await database.db.checkIn.findUniqueOrThrow({ where: { id: other.checkInId! } })).feedbackInvitedAt).toBeNull();
    }
  });

  it("takes one answer per delegate from the signed link, anonymous unless signed, and refuses a second", async () => {
    const checkIn = await database.db.checkIn.findFirstOrThrow({ where: { feedbackInvitedAt: { not: null } }, select: { id: true } });
    const token = link.surveyToken({ id: checkIn.id, year: 2025 });
    expect(link.checkInIdOfSurvey(token)).toBe(checkIn.id);
    expect(link.checkInIdOfSurvey(token.slice(0, -2) + "xx")).toBeNull();

    const answer = { rating: 4, comment: "Tổ chức chu đáo.", signed: false };
    const both = await Promise.all([store.answerSurvey(database.db, checkIn.id, answer, NEXT_MORNING), store.answerSurvey(database.db, checkIn.id, { ...answer, rating: 1 }, NEXT_MORNING)]);
    expect(both.filter((outcome) => outcome.ok)).toHaveLength(1);
    expect(both.filter((outcome) => !outcome.ok)).toEqual([{ ok: false, reason: "already-answered" }]);
    expect(await store.answerSurvey(database.db, checkIn.id, answer, NEXT_MORNING)).toEqual({ ok: false, reason: "already-answered" });
    const rows = await database.db.sessionFeedback.findMany({ where: { sessionId: opening.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.signedName).toBeNull();
    expect(Object.keys(rows[0]!)).not.toContain("checkInId");

    // A check-in that was never sent the survey cannot answer it.
    const uninvited = await database.db.checkIn.findFirstOrThrow({ where: { feedbackInvitedAt: null, registrationId: { not: null } }, select: { id: true } });
    expect(await store.answerSurvey(database.db, uninvited.id, answer, NEXT_MORNING)).toEqual({ ok: false, reason: "not-found" });
  });

  it("gives organisers per session the count, average, distribution and comments, with a signer's name only when given", async () => {
    const second = await delegate("QN25-FBAA7");
    await database.db.checkIn.update({ where: { id: second.checkInId! }, data: { feedbackInvitedAt: NEXT_MORNING } });
    await store.answerSurvey(database.db, second.checkInId!, { rating: 5, comment: null, signed: true }, NEXT_MORNING);
    const [session] = await data.loadEditionFeedbackIn(database.db, opening.editionId);
    expect(session).toMatchObject({ sessionId: opening.id, count: 2, average: 4.5, distribution: [0, 0, 0, 1, 1] });
    expect(session!.comments.map((entry) => [entry.comment, entry.signedName])).toEqual([["Tổ chức chu đáo.", null]]);
    const signed = await database.db.sessionFeedback.findFirstOrThrow({ where: { rating: 5 } });
    expect(signed.signedName).toBe("Đại biểu QN25-FBAA7");
  });
});
