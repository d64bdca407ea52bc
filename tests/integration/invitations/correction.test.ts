import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";
import { DRAFT, invitee, sessionIds, useServerEnv } from "./helpers";

// The office corrects a typo in a proposed batch without returning it: the wording only, audited
// word for word, and the issued letters carry the corrected text.

let database: TestDatabase;
let store: typeof import("@/lib/invitations/store");
let officer: { userId: string; ip: string };
let organiser: { userId: string; ip: string };

beforeAll(async () => {
  database = await createTestDatabase("seeded");
  useServerEnv(database.url);
  store = await import("@/lib/invitations/store");
  const users = await Promise.all(
    (["ORGANIZER", "INVITATION_OFFICER"] as const).map((role, index) =>
      database.db.user.create({ data: { email: `nguoi.${index}@quangngai.gov.vn`, name: `Cán bộ ${index}`, role, passwordHash: "x" }, select: { id: true } }),
    ),
  );
  organiser = { userId: users[0]!.id, ip: "10.0.0.1" };
  officer = { userId: users[1]!.id, ip: "10.0.0.2" };
});

afterAll(async () => {
  await database?.drop();
});

async function batchIn(status: "DRAFT" | "PROPOSED") {
  const { id } = await store.createBatch(database.db, { ...DRAFT, subject: "Dự Lễ khai mạc Tuần lễ ĐMST năm 2025 (lỗi chính tã)", sessionIds: await sessionIds(database.db, ["le-khai-mac"]) }, organiser);
  await store.addInvitees(database.db, id, [invitee(1)], organiser);
  if (status === "PROPOSED") await store.proposeBatch(database.db, id, organiser);
  return id;
}

describe("the office's correction of a proposed batch", () => {
  it("changes the wording, keeps the batch proposed, audits before and after, and names the proposer to tell", async () => {
    const batchId = await batchIn("PROPOSED");
    const before = await database.db.invitationBatch.findUniqueOrThrow({ where: { id: batchId }, select: { body: true, recipientsNote: true } });
    const subject = "Dự Lễ khai mạc Tuần lễ ĐMST năm 2025";
    const outcome = await store.correctProposedBatch(database.db, batchId, { subject, body: before.body, recipientsNote: before.recipientsNote, note: "Sửa lỗi chính tả ở trích yếu." }, officer);
    expect(outcome).toEqual({ changed: ["subject"], proposer: { email: "nguoi.0@quangngai.gov.vn", name: "Cán bộ 0" }, subject });
    const after = await database.db.invitationBatch.findUniqueOrThrow({ where: { id: batchId }, select: { status: true, subject: true, correctedById: true, correctionNote: true } });
    expect(after).toEqual({ status: "PROPOSED", subject, correctedById: officer.userId, correctionNote: "Sửa lỗi chính tả ở trích yếu." });
    const audit = await database.db.auditLog.findFirstOrThrow({ where: { entityId: batchId, action: "invitationBatch.correct" }, select: { userId: true, before: true, after: true } });
    expect(audit).toEqual({
      userId: officer.userId,
      before: { subject: "Dự Lễ khai mạc Tuần lễ ĐMST năm 2025 (lỗi chính tã)" },
      after: { subject, note: "Sửa lỗi chính tả ở trích yếu." },
    });
    // The proposer's notice is queued with the correction.
    const notice = await database.db.outboxMessage.findFirstOrThrow({ where: { kind: "invitation.correction" }, select: { recipient: true, status: true, payload: true } });
    expect(notice).toMatchObject({ recipient: "nguoi.0@quangngai.gov.vn", status: "QUEUED" });
    expect(JSON.stringify(notice.payload)).toContain("Sửa lỗi chính tả ở trích yếu.");

    await store.issueBatch(database.db, batchId, officer, new Date("2025-09-05T02:00:00Z"));
    const issued = await database.db.invitation.findFirstOrThrow({ where: { batchId }, select: { snapshot: true } });
    expect(store.snapshotOf(issued.snapshot).subject).toBe(subject);
  });

  it("refuses a batch that is not proposed, and a correction that changes nothing", async () => {
    const draftId = await batchIn("DRAFT");
    const texts = { subject: "Trích yếu khác", body: "Nội dung", recipientsNote: "", note: "" };
    await expect(store.correctProposedBatch(database.db, draftId, texts, officer)).rejects.toMatchObject({ code: "INVALID_STATE" });
    const proposedId = await batchIn("PROPOSED");
    const same = await database.db.invitationBatch.findUniqueOrThrow({ where: { id: proposedId }, select: { subject: true, body: true, recipientsNote: true } });
    await expect(store.correctProposedBatch(database.db, proposedId, { ...same, note: "" }, officer)).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
