import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listEditionSessionsIn } from "@/lib/agenda/public-queries";
import * as editing from "@/lib/agenda/session-store";
import { createSessionFormSchema, sessionFormInput } from "@/lib/agenda/schema";
import { registerDelegate } from "@/lib/registration/delegate-store";
import { delegateInput } from "../../fixtures/registration";
import { sendQueuedMail } from "../../setup/mail-worker";
import { startSmtpSink, type SmtpSink } from "../../setup/smtp-sink";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";

// The organisers' session editing against the seeded 2025 edition: the rules that need the database
// (clashes, confirmed seats, deletion), the e-mails of a cancellation and the audit trail of each write.

let database: TestDatabase;
let sink: SmtpSink;
let mail: typeof import("@/lib/mail/send");
let editionId: string;
let organizerId: string;
const units: Record<string, string> = {};
let mainVenueId: string;

const actor = () => ({ userId: organizerId, ip: "10.9.0.7" });

/** The form as an organiser submits it, through the same schema as the Server Action. */
function sessionInput(fields: Record<string, string | string[]>) {
  const data = new FormData();
  const all = { type: "WORKSHOP", startDate: "2025-09-24", startTime: "08:00", endDate: "2025-09-24", endTime: "11:30", ...fields };
  for (const [key, value] of Object.entries(all)) for (const item of [value].flat()) data.append(key, item);
  return createSessionFormSchema().parse(sessionFormInput(data));
}

async function register(n: number, sessionSlug: string) {
  const result = await registerDelegate(database.db, { year: 2025, input: delegateInput(n, [sessionSlug]), noticeVersion: "test" });
  if (result.status !== "created") throw new Error(`registration ${n}: ${result.status}`);
  return result.registration.id;
}

beforeAll(async () => {
  database = await createTestDatabase("seeded");
  sink = await startSmtpSink();
  Object.assign(process.env, sink.env, {
    DATABASE_URL: database.url,
    TICKET_SIGNING_SECRET: "integration-ticket-secret-0123456789abcdef",
    AUTH_SECRET: "integration-auth-secret-0123456789abcdef",
  });
  mail = await import("@/lib/mail/send");
  ({ id: editionId } = await database.db.edition.findUniqueOrThrow({ where: { year: 2025 } }));
  ({ id: organizerId } = await database.db.user.create({
    data: { email: "to.chuc@sokhcn.gov.vn", name: "Cán bộ Tổ chức", role: "ORGANIZER", passwordHash: "x" },
  }));
  for (const unit of await database.db.unit.findMany({ select: { id: true, name: true } })) units[unit.name] = unit.id;
  ({ id: mainVenueId } = await database.db.venue.findUniqueOrThrow({ where: { slug: "trung-tam-hoi-nghi-trien-lam-quang-ngai" } }));
});

afterAll(async () => {
  mail?.closeMailTransports();
  await sink?.close();
  await database?.drop();
});

const unitId = (name: string) => {
  const id = units[name];
  if (!id) throw new Error(`no unit named ${name}: ${Object.keys(units).join(", ")}`);
  return id;
};

describe("session editing", () => {
  it("creates a draft with one lead and two coordinating units, public only once published", async () => {
    const lead = unitId("Sở Khoa học và Công nghệ");
    const [first, second] = Object.values(units).filter((id) => id !== lead);
    const { id } = await editing.createSession(
      database.db,
      editionId,
      sessionInput({ title: "Hội thảo Dữ liệu mở cho chính quyền số", leadUnitId: lead, coordinatingUnitIds: [first!, second!] }),
      actor(),
    );
    const isPublic = async () => (await listEditionSessionsIn(database.db, 2025))!.sessions.find((session) => session.id === id);
    expect(await isPublic()).toBeUndefined();

    await editing.changeSessionStatus(database.db, id, "publish", actor());
    const published = await isPublic();
    expect(published).toMatchObject({ slug: "hoi-thao-du-lieu-mo-cho-chinh-quyen-so", leadUnit: { id: lead } });
    expect(published!.coordinatingUnits.map((unit) => unit.id)).toEqual([first, second]);
  });

  it("gives a second session of the same title a slug of its own, and refuses a slug typed twice", async () => {
    const lead = unitId("Sở Khoa học và Công nghệ");
    const again = await editing.createSession(database.db, editionId, sessionInput({ title: "Hội thảo Dữ liệu mở cho chính quyền số", leadUnitId: lead }), actor());
    const row = await database.db.session.findUniqueOrThrow({ where: { id: again.id } });
    expect(row.slug).toBe("hoi-thao-du-lieu-mo-cho-chinh-quyen-so-2");
    await expect(
      editing.createSession(database.db, editionId, sessionInput({ title: "Khác", slug: "le-khai-mac", leadUnitId: lead }), actor()),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("warns of a clash with the opening ceremony in the same hall, not with the exhibition there", async () => {
    const { id } = await editing.createSession(
      database.db,
      editionId,
      sessionInput({
        title: "Gặp gỡ doanh nghiệp",
        startDate: "2025-09-25",
        startTime: "14:30",
        endDate: "2025-09-25",
        endTime: "15:30",
        venueId: mainVenueId,
        leadUnitId: unitId("Sở Khoa học và Công nghệ"),
        capacity: "1200",
      }),
      actor(),
    );
    const warnings = await editing.findSessionWarnings(database.db, id);
    const clash = warnings.find((warning) => warning.kind === "venueClash");
    expect(clash && "sessions" in clash && clash.sessions.map((session) => session.title)).toEqual(["Lễ khai mạc"]);
    expect(warnings).toContainEqual({ kind: "aboveVenueCapacity", venueCapacity: 1000 });
    expect(warnings.some((warning) => warning.kind === "outsideEdition")).toBe(false);
  });

  it("refuses a capacity below the seats already confirmed, and accepts exactly that many", async () => {
    const opening = await database.db.session.findFirstOrThrow({ where: { editionId, slug: "le-khai-mac" } });
    await register(1, "le-khai-mac");
    await register(2, "le-khai-mac");
    const form = await editing.getSessionForEdit(database.db, opening.id);
    const { sessionFormValues } = await import("@/lib/agenda/schema");
    const values = sessionFormValues(form!.session);
    const auditBefore = await database.db.auditLog.count({ where: { entityId: opening.id } });

    await expect(
      editing.updateSession(database.db, opening.id, sessionInput({ ...values, capacity: "1", registrationOpen: "on" }), actor()),
    ).rejects.toMatchObject({ code: "INVALID_STATE", details: { seatsTaken: 2 } });
    expect((await database.db.session.findUniqueOrThrow({ where: { id: opening.id } })).capacity).toBe(850);
    expect(await database.db.auditLog.count({ where: { entityId: opening.id } })).toBe(auditBefore);

    await editing.updateSession(database.db, opening.id, sessionInput({ ...values, capacity: "2", registrationOpen: "on" }), actor());
    expect((await database.db.session.findUniqueOrThrow({ where: { id: opening.id } })).capacity).toBe(2);
  });

  it("gives the seats of a larger capacity to the wait list first, in its order, each owed its e-mail", async () => {
    const roundTable = await database.db.session.update({ where: { editionId_slug: { editionId, slug: "toa-dam-hien-ke" } }, data: { capacity: 1 } });
    const [, second, third] = [await register(10, "toa-dam-hien-ke"), await register(11, "toa-dam-hien-ke"), await register(12, "toa-dam-hien-ke")];
    const form = await editing.getSessionForEdit(database.db, roundTable.id);
    const { sessionFormValues } = await import("@/lib/agenda/schema");
    const values = { ...sessionFormValues(form!.session), coordinatingUnitIds: form!.session.coordinatingUnitIds };

    const promoted = await editing.updateSession(database.db, roundTable.id, sessionInput({ ...values, capacity: "2" }), actor());
    expect(promoted).toEqual([{ registrationId: second, sessionId: roundTable.id, sessionSlug: "toa-dam-hien-ke" }]);
    const seatOf = (registrationId: string) =>
      database.db.seat.findUniqueOrThrow({ where: { registrationId_sessionId: { registrationId, sessionId: roundTable.id } } });
    expect(await seatOf(second)).toMatchObject({ status: "CONFIRMED", noticeKind: "PROMOTED", noticeDueAt: expect.any(Date) });
    expect(await seatOf(third)).toMatchObject({ status: "WAITLISTED", noticeDueAt: null });
    // A newcomer queues behind the delegate still waiting rather than taking a seat first.
    const newcomer = await register(13, "toa-dam-hien-ke");
    expect((await seatOf(newcomer)).status).toBe("WAITLISTED");
    expect((await database.db.session.findUniqueOrThrow({ where: { id: roundTable.id } })).seatsTaken).toBe(2);
  });

  it("sets the seats reserved for invitees, never below the invitations already accepted", async () => {
    const conference = await database.db.session.findFirstOrThrow({ where: { editionId, slug: "hoi-thao-hoi-tu-nguon-luc" } });
    const form = await editing.getSessionForEdit(database.db, conference.id);
    const { sessionFormValues } = await import("@/lib/agenda/schema");
    const stored = sessionFormValues(form!.session);
    expect(stored.invitedCapacity).toBe("150");
    // The form posts the coordinating units as one field each.
    const values = { ...stored, coordinatingUnitIds: form!.session.coordinatingUnitIds };
    // Three invitees accepted (as take_invited_seats counts them).
    await database.db.session.update({ where: { id: conference.id }, data: { invitedSeatsTaken: 3 } });

    for (const invitedCapacity of ["2", ""]) {
      await expect(editing.updateSession(database.db, conference.id, sessionInput({ ...values, invitedCapacity }), actor())).rejects.toMatchObject({
        code: "INVALID_STATE",
        details: { field: "invitedCapacity", seatsTaken: 3 },
      });
    }
    await editing.updateSession(database.db, conference.id, sessionInput({ ...values, invitedCapacity: "3" }), actor());
    expect(await database.db.session.findUniqueOrThrow({ where: { id: conference.id } })).toMatchObject({ invitedCapacity: 3, invitedSeatsTaken: 3 });
  });

  it("cannot delete or hide a session delegates registered for; cancelling e-mails each of them", async () => {
    const opening = await database.db.session.findFirstOrThrow({ where: { editionId, slug: "le-khai-mac" } });
    await expect(editing.deleteSession(database.db, opening.id, actor())).rejects.toMatchObject({ code: "INVALID_STATE" });
    await expect(editing.changeSessionStatus(database.db, opening.id, "unpublish", actor())).rejects.toMatchObject({
      details: { reason: "hasRegistrations" },
    });

    const result = await editing.changeSessionStatus(database.db, opening.id, "cancel", actor());
    expect(result.registrationsToNotify).toHaveLength(2);
    const owed = await database.db.seat.findMany({ where: { sessionId: opening.id, noticeDueAt: { not: null } } });
    expect(owed.map((seat) => seat.noticeKind)).toEqual(["SESSION_CANCELLED", "SESSION_CANCELLED"]);
    const after = await database.db.session.findUniqueOrThrow({ where: { id: opening.id } });
    expect(after).toMatchObject({ status: "CANCELLED", registrationOpen: false });

    await sendQueuedMail(database.db);
    const { parsed } = sink.messages.find((message) => message.to.includes(delegateInput(1, []).email) && message.parsed.subject?.includes("đã bị hủy"))!;
    expect(parsed.subject).toBe("Hoạt động “Lễ khai mạc” đã bị hủy");
    expect(parsed.text).toContain("Ban Tổ chức rất tiếc phải thông báo");
    expect(parsed.text).toContain("Thời gian: 25/09/2025, 14:00 – 15:30");
    expect(sink.messages.filter((message) => message.parsed.subject === "Hoạt động “Lễ khai mạc” đã bị hủy")).toHaveLength(2);
  });

  it("records every write in the audit log with the values before and after", async () => {
    const lead = unitId("Sở Khoa học và Công nghệ");
    const { id } = await editing.createSession(database.db, editionId, sessionInput({ title: "Phiên thử nhật ký", leadUnitId: lead }), actor());
    await editing.updateSession(database.db, id, sessionInput({ title: "Phiên thử nhật ký (sửa)", leadUnitId: lead, capacity: "40" }), actor());
    await editing.changeSessionStatus(database.db, id, "publish", actor());
    await editing.changeSessionStatus(database.db, id, "unpublish", actor());
    await editing.deleteSession(database.db, id, actor());

    const entries = await database.db.auditLog.findMany({ where: { entityType: "Session", entityId: id }, orderBy: { id: "asc" } });
    expect(entries.map((entry) => entry.action)).toEqual([
      "session.create",
      "session.update",
      "session.publish",
      "session.unpublish",
      "session.delete",
    ]);
    expect(entries.every((entry) => entry.userId === organizerId && entry.ipAddress === "10.9.0.7")).toBe(true);
    const [create, update, publish, , remove] = entries;
    expect(create!.before).toBeNull();
    expect(create!.after).toMatchObject({ title: "Phiên thử nhật ký", leadUnitId: lead, status: "DRAFT" });
    expect(update!.before).toMatchObject({ title: "Phiên thử nhật ký", capacity: null });
    expect(update!.after).toMatchObject({ title: "Phiên thử nhật ký (sửa)", capacity: 40 });
    expect(publish!.before).toMatchObject({ status: "DRAFT" });
    expect(publish!.after).toMatchObject({ status: "PUBLISHED" });
    expect(remove!.before).toMatchObject({ title: "Phiên thử nhật ký (sửa)" });
    expect(remove!.after).toBeNull();
    expect(await database.db.session.findUnique({ where: { id } })).toBeNull();
  });

  it("finds sessions in the admin list whatever the accents, and by status", async () => {
    const found = await editing.listSessionsForAdmin(database.db, editionId, { q: "hoi thao DU LICH" });
    expect(found.map((session) => session.slug)).toEqual(["hoi-thao-chuyen-doi-so-du-lich"]);
    const cancelled = await editing.listSessionsForAdmin(database.db, editionId, { status: "CANCELLED" });
    expect(cancelled.map((session) => session.slug)).toEqual(["le-khai-mac"]);
  });
});
