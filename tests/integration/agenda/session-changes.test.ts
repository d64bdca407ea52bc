import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as changes from "@/lib/agenda/changes-store";
import * as editing from "@/lib/agenda/session-store";
import { changedFields, readPendingChange } from "@/lib/agenda/pending-change";
import { createSessionFormSchema, sessionFormInput, sessionFormValues } from "@/lib/agenda/schema";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";

// Edits of a published session: saved as a draft of the change with its warnings, the public
// columns untouched, then published in one step; a correction raising no warning may go at once.

let database: TestDatabase;
let editionId: string;
let organizerId: string;
let leadUnitId: string;
let mainVenueId: string;

const actor = () => ({ userId: organizerId, ip: "10.9.0.8" });

function sessionInput(fields: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const item of [value].flat()) data.append(key, item);
  return createSessionFormSchema().parse(sessionFormInput(data));
}

/** A published session in the main hall on the Week's last evening, when nothing else happens there. */
async function publishedEveningSession(title: string) {
  const input = sessionInput({
    type: "WORKSHOP",
    title,
    startDate: "2025-09-26",
    startTime: "19:00",
    endDate: "2025-09-26",
    endTime: "20:00",
    venueId: mainVenueId,
    leadUnitId,
    capacity: "50",
  });
  const { id } = await editing.createSession(database.db, editionId, input, actor());
  await editing.changeSessionStatus(database.db, id, "publish", actor());
  const found = await editing.getSessionForEdit(database.db, id);
  return { id, values: sessionFormValues(found!.session) };
}

beforeAll(async () => {
  database = await createTestDatabase("seeded");
  Object.assign(process.env, { DATABASE_URL: database.url });
  ({ id: editionId } = await database.db.edition.findUniqueOrThrow({ where: { year: 2025 } }));
  ({ id: organizerId } = await database.db.user.create({
    data: { email: "to.chuc.2@sokhcn.gov.vn", name: "Cán bộ Tổ chức", role: "ORGANIZER", passwordHash: "x" },
  }));
  ({ id: leadUnitId } = await database.db.unit.findUniqueOrThrow({ where: { name: "Sở Khoa học và Công nghệ" } }));
  ({ id: mainVenueId } = await database.db.venue.findUniqueOrThrow({ where: { slug: "trung-tam-hoi-nghi-trien-lam-quang-ngai" } }));
});

afterAll(async () => {
  await database?.drop();
});

describe("editing a published session", () => {
  it("keeps a change that clashes with another session as a draft with its warning until it is published", async () => {
    const { id, values } = await publishedEveningSession("Phiên thử bản nháp thay đổi");
    const clashing = sessionInput({ ...values, startDate: "2025-09-25", startTime: "14:30", endDate: "2025-09-25", endTime: "15:30" });

    const outcome = await changes.saveSessionEdit(database.db, id, clashing, actor(), { publishNow: true });
    expect(outcome).toEqual({ kind: "drafted", warnings: 1 });
    const stored = await database.db.session.findUniqueOrThrow({ where: { id }, select: { startsAt: true, status: true } });
    expect(stored).toEqual({ startsAt: new Date("2025-09-26T12:00:00Z"), status: "PUBLISHED" });
    const pending = await readPendingChange(database.db, id);
    expect(pending?.input.startsAt).toEqual(new Date("2025-09-25T07:30:00Z"));
    const warnings = await editing.findSessionWarnings(database.db, id, pending!.input);
    expect(warnings).toEqual([expect.objectContaining({ kind: "venueClash", sessions: expect.arrayContaining([expect.objectContaining({ title: "Lễ khai mạc" })]) })]);
    expect(await editing.findSessionWarnings(database.db, id)).toEqual([]);
    const published = (await editing.getSessionForEdit(database.db, id))!.session;
    expect(changedFields(published, pending!.input)).toEqual(["startsAt", "endsAt"]);

    await changes.publishSessionChange(database.db, id, pending!.savedAt, actor());
    const after = await database.db.session.findUniqueOrThrow({ where: { id }, select: { startsAt: true, pendingChange: true } });
    expect(after).toEqual({ startsAt: new Date("2025-09-25T07:30:00Z"), pendingChange: null });
    const audit = await database.db.auditLog.findMany({ where: { entityId: id }, orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(audit.map((entry) => entry.action)).toEqual(["session.create", "session.publish", "session.draftChange", "session.publishChange"]);
  });

  it("publishes a small correction that raises no warning at once, and otherwise keeps it as a draft", async () => {
    const { id, values } = await publishedEveningSession("Phiên thử sửa nhỏ");
    const corrected = sessionInput({ ...values, title: "Phiên thử sửa nhỏ (đã sửa lỗi chính tả)" });
    expect(await changes.saveSessionEdit(database.db, id, corrected, actor(), { publishNow: false })).toEqual({ kind: "drafted", warnings: 0 });
    expect((await database.db.session.findUniqueOrThrow({ where: { id } })).title).toBe("Phiên thử sửa nhỏ");
    expect(await changes.saveSessionEdit(database.db, id, corrected, actor(), { publishNow: true })).toMatchObject({ kind: "applied" });
    const after = await database.db.session.findUniqueOrThrow({ where: { id }, select: { title: true, pendingChange: true } });
    expect(after).toEqual({ title: "Phiên thử sửa nhỏ (đã sửa lỗi chính tả)", pendingChange: null });
  });

  it("refuses to publish a draft replaced since it was shown, and discards a draft without touching the session", async () => {
    const { id, values } = await publishedEveningSession("Phiên thử bỏ bản nháp");
    await changes.saveSessionEdit(database.db, id, sessionInput({ ...values, capacity: "60" }), actor(), { publishNow: false });
    const first = await readPendingChange(database.db, id);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await changes.saveSessionEdit(database.db, id, sessionInput({ ...values, capacity: "70" }), actor(), { publishNow: false });
    await expect(changes.publishSessionChange(database.db, id, first!.savedAt, actor())).rejects.toMatchObject({ details: { reason: "draftReplaced" } });
    await changes.discardSessionChange(database.db, id, actor());
    const after = await database.db.session.findUniqueOrThrow({ where: { id }, select: { capacity: true, pendingChange: true } });
    expect(after).toEqual({ capacity: 50, pendingChange: null });
  });

  it("applies the edits of a draft session at once: it is not on the public programme", async () => {
    const input = sessionInput({ type: "WORKSHOP", title: "Phiên nháp", startDate: "2025-09-26", startTime: "19:00", endDate: "2025-09-26", endTime: "20:00", leadUnitId });
    const { id } = await editing.createSession(database.db, editionId, input, actor());
    const outcome = await changes.saveSessionEdit(database.db, id, { ...input, title: "Phiên nháp (sửa)" }, actor(), { publishNow: false });
    expect(outcome).toMatchObject({ kind: "applied" });
    expect((await database.db.session.findUniqueOrThrow({ where: { id } })).title).toBe("Phiên nháp (sửa)");
  });
});
