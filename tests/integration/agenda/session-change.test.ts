import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as editing from "@/lib/agenda/session-store";
import { createSessionFormSchema, sessionFormInput, sessionFormValues } from "@/lib/agenda/schema";
import { registerDelegate } from "@/lib/registration/delegate-store";
import { delegateInput } from "../../fixtures/registration";
import { sendQueuedMail } from "../../setup/mail-worker";
import { startSmtpSink, type SmtpSink } from "../../setup/smtp-sink";
import { useServerEnv } from "../../setup/server-env";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";

// An organiser moves a published session: each delegate holding a seat is owed one e-mail saying what
// changed, with a calendar file that updates the event (same UID, higher SEQUENCE).

const FORUM = "hoi-thao-hoi-tu-nguon-luc";

let database: TestDatabase;
let sink: SmtpSink;
let mail: typeof import("@/lib/mail/send");
let calendar: typeof import("@/lib/registration/calendar");
let organizerId: string;
let forumId: string;

const actor = () => ({ userId: organizerId, ip: "10.9.0.8" });

function sessionInput(fields: Record<string, string>) {
  const data = new FormData();
  // The form posts one value per ticked coordinating unit; sessionFormValues joins them.
  for (const [key, value] of Object.entries(fields)) {
    for (const item of key === "coordinatingUnitIds" ? value.split(",").filter(Boolean) : [value]) data.append(key, item);
  }
  return createSessionFormSchema().parse(sessionFormInput(data));
}

async function formValues(id: string) {
  return sessionFormValues((await editing.getSessionForEdit(database.db, id))!.session);
}

async function register(n: number, email: string) {
  const result = await registerDelegate(database.db, { year: 2025, input: delegateInput(n, [FORUM], { email }), noticeVersion: "test" });
  if (result.status !== "created") throw new Error(`registration ${n}: ${result.status}`);
  return result.registration.id;
}

function eventOf(ics: string) {
  const [vevent] = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent");
  const event = new ICAL.Event(vevent!);
  return { uid: event.uid, sequence: event.sequence, start: event.startDate.toJSDate().toISOString(), location: event.location };
}

async function owedNotices() {
  return database.db.seat.findMany({
    where: { sessionId: forumId, noticeKind: "SESSION_CHANGED", noticeDueAt: { not: null } },
    select: { registrationId: true, sessionId: true },
  });
}

beforeAll(async () => {
  database = await createTestDatabase("seeded");
  sink = await startSmtpSink();
  useServerEnv(database.url, sink.env);
  [mail, calendar] = await Promise.all([
    import("@/lib/mail/send"),
    import("@/lib/registration/calendar"),
  ]);
  ({ id: organizerId } = await database.db.user.create({
    data: { email: "doi.lich@sokhcn.gov.vn", name: "Cán bộ Tổ chức", role: "ORGANIZER", passwordHash: "x" },
  }));
  ({ id: forumId } = await database.db.session.findFirstOrThrow({ where: { slug: FORUM, edition: { year: 2025 } } }));
});

afterAll(async () => {
  mail?.closeMailTransports();
  await sink?.close();
  await database?.drop();
});

describe("moving a published session", () => {
  it("owes nothing when a save leaves the time and place as they were", async () => {
    await register(1, "khong.doi@example.vn");
    await editing.updateSession(database.db, forumId, sessionInput({ ...(await formValues(forumId)), capacity: "900" }), actor());
    expect(await owedNotices()).toEqual([]);
  });

  it("e-mails every seat holder once, with what changed and a calendar file that updates the event", async () => {
    const holders = ["doi.lich.1@example.vn", "doi.lich.2@example.vn"];
    for (const [index, email] of holders.entries()) await register(10 + index, email);
    await sendQueuedMail(database.db); // the confirmations
    const before = eventOf((await calendar.buildRegistrationCalendar(database.db, 2025, [forumId]))!);
    const otherVenue = await database.db.venue.findUniqueOrThrow({ where: { slug: "xa-mang-den" }, select: { id: true } });

    const values = await formValues(forumId);
    await editing.updateSession(database.db, forumId, sessionInput({ ...values, startTime: "13:30", endTime: "17:00", venueId: otherVenue.id }), actor());
    // A second edit before any e-mail left: still one notice per delegate, about the time they knew.
    await editing.updateSession(database.db, forumId, sessionInput({ ...values, startTime: "14:00", endTime: "17:00", venueId: otherVenue.id }), actor());
    const owed = await owedNotices();
    expect(owed).toHaveLength(holders.length + 1);

    // Queued with each edit; the worker sends the first and skips the second, owed nothing by then.
    expect(await database.db.outboxMessage.count({ where: { kind: "registration.session-changed" } })).toBe(owed.length);
    await sendQueuedMail(database.db);
    await sendQueuedMail(database.db);
    expect(await owedNotices()).toEqual([]);

    for (const email of holders) {
      const messages = sink.messages.filter((message) => message.to.includes(email) && message.parsed.subject?.startsWith("Thay đổi lịch"));
      expect(messages).toHaveLength(1);
      const { parsed } = messages[0]!;
      expect(parsed.subject).toMatch(/^Thay đổi lịch: “.+”$/);
      expect(parsed.text).toMatch(/Thời gian: 26\/09\/2025, \d\d:\d\d – \d\d:\d\d(?: \(giờ dự kiến\))? → nay là 26\/09\/2025, 14:00 – 17:00/);
      expect(parsed.text).toMatch(/Địa điểm: .+ → nay là .*Măng Đen/);
      expect(parsed.text).not.toContain("13:30");
      const attachment = parsed.attachments.find((file) => file.contentType.startsWith("text/calendar"));
      const after = eventOf(attachment!.content.toString("utf8"));
      expect(after.uid).toBe(before.uid);
      expect(after.sequence).toBeGreaterThan(before.sequence);
      expect(after.start).toBe("2025-09-26T07:00:00.000Z");
      expect(after.start).not.toBe(before.start);
    }
  });

  it("owes nothing for a session that is still a draft", async () => {
    const draft = await database.db.session.update({ where: { id: forumId }, data: { status: "DRAFT" } });
    try {
      await editing.updateSession(database.db, forumId, sessionInput({ ...(await formValues(forumId)), startTime: "15:00" }), actor());
      expect(await owedNotices()).toEqual([]);
    } finally {
      await database.db.session.update({ where: { id: draft.id }, data: { status: "PUBLISHED" } });
    }
  });

  it("tells of a cancellation with a calendar file that cancels the event", async () => {
    const email = "huy.phien@example.vn";
    const registrationId = await register(30, email);
    const before = eventOf((await calendar.buildRegistrationCalendar(database.db, 2025, [forumId]))!);
    await editing.changeSessionStatus(database.db, forumId, "cancel", actor());
    expect(await database.db.outboxMessage.findMany({ where: { registrationId }, select: { kind: true }, orderBy: { createdAt: "asc" } })).toEqual([
      { kind: "registration.confirmation" },
      { kind: "registration.session-cancelled" },
    ]);
    await sendQueuedMail(database.db);
    const [message] = sink.messages.filter((candidate) => candidate.to.includes(email) && candidate.parsed.subject?.includes("đã bị hủy"));
    const file = message!.parsed.attachments.find((attachment) => attachment.contentType.startsWith("text/calendar"));
    const vevent = new ICAL.Component(ICAL.parse(file!.content.toString("utf8"))).getFirstSubcomponent("vevent")!;
    expect(vevent.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(new ICAL.Event(vevent).uid).toBe(before.uid);
    expect(new ICAL.Event(vevent).sequence).toBeGreaterThan(before.sequence);
  });
});
