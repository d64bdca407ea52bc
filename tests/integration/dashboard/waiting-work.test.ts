import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countWaitingWork } from "@/lib/dashboard/waiting-queries";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";
import { ACTOR, DRAFT, invitee, sessionIds, useServerEnv } from "../invitations/helpers";

// The dashboard's counts of what waits: each for the roles that act on it, each a real count.

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase("seeded");
  useServerEnv(database.url);
});

afterAll(async () => {
  await database?.drop();
});

const countOf = (items: Awaited<ReturnType<typeof countWaitingWork>>, key: string) => items.find((item) => item.key === key)?.count;

describe("what waits for each role", () => {
  it("shows the office the batches proposed to it, and the organisers those returned to them", async () => {
    const store = await import("@/lib/invitations/store");
    const ids = await sessionIds(database.db, ["le-khai-mac"]);
    const batches: string[] = [];
    for (const offset of [0, 10, 20]) {
      const { id } = await store.createBatch(database.db, { ...DRAFT, sessionIds: ids }, ACTOR);
      await store.addInvitees(database.db, id, [invitee(offset)], ACTOR);
      await store.proposeBatch(database.db, id, ACTOR);
      batches.push(id);
    }
    await store.returnBatch(database.db, batches[0]!, "Sửa trích yếu", ACTOR);

    const officer = await countWaitingWork(database.db, "INVITATION_OFFICER");
    expect(officer.map((item) => item.key)).toEqual(["toIssue", "invitationMailFailed"]);
    expect(countOf(officer, "toIssue")).toBe(2);
    const organiser = await countWaitingWork(database.db, "ORGANIZER");
    expect(countOf(organiser, "returned")).toBe(1);
    expect(countOf(organiser, "toIssue")).toBeUndefined();
    expect(await countWaitingWork(database.db, "CHECKIN_STAFF")).toEqual([]);
  });

  it("counts pending booth applications and accreditations, and refused delegate addresses, of the current edition", async () => {
    const edition = await database.db.edition.findFirstOrThrow({ where: { isCurrent: true }, select: { id: true } });
    const before = await countWaitingWork(database.db, "ORGANIZER");
    await database.db.pressAccreditation.updateMany({ where: { editionId: edition.id }, data: { status: "APPROVED" } });
    const registration = await database.db.registration.findFirst({ where: { editionId: edition.id, status: "ACTIVE" }, select: { id: true } });
    if (registration) await database.db.registration.update({ where: { id: registration.id }, data: { mailRefusedAt: new Date() } });
    const after = await countWaitingWork(database.db, "ORGANIZER");
    expect(countOf(after, "press")).toBe(0);
    expect(countOf(after, "applications")).toBe(await database.db.exhibitorApplication.count({ where: { editionId: edition.id, status: "PENDING" } }));
    expect(countOf(after, "registrationMailRefused")).toBe((countOf(before, "registrationMailRefused") ?? 0) + (registration ? 1 : 0));
    expect(after.find((item) => item.key === "registrationMailRefused")?.href).toBe("/admin/registrations?mail=refused");
  });

  it("counts the e-mails the outbox gave up on, for the roles that may send them again", async () => {
    const { queueRenderedMail } = await import("@/lib/mail/store");
    await queueRenderedMail(database.db, "press.rejected", { to: "that-bai@example.vn", subject: "Kết quả", text: "x", html: "<p>x</p>" });
    await database.db.outboxMessage.updateMany({ where: { recipient: "that-bai@example.vn" }, data: { status: "FAILED" } });
    const organiser = await countWaitingWork(database.db, "ORGANIZER");
    expect(organiser.find((item) => item.key === "mailFailed")).toEqual({ key: "mailFailed", count: 1, href: "/admin/mail?status=FAILED" });
    expect(countOf(await countWaitingWork(database.db, "INVITATION_OFFICER"), "mailFailed")).toBeUndefined();
  });
});
