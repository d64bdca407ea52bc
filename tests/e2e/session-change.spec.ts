import ICAL from "ical.js";
import { expect, test } from "./support/test";
import type { ParsedMail } from "mailparser";
import { countMailTo, waitForMail } from "./outbox";
import { createTestUser, signIn, useOwnClientAddress } from "./support/admin-users";
import { registerDelegate, uniqueLetters } from "./support/delegates";
import { insertPublishedSession, type InsertedSession } from "./support/sessions";

// An organiser moves a published session: each delegate holding a seat gets one e-mail saying what
// changed, with a calendar file that updates the event they imported (same UID, higher SEQUENCE).
// The session is the test's own, so the seeded programme other journeys read stays as it is.

let session: InsertedSession;

test.beforeEach(() => {
  test.skip(test.info().project.name !== "desktop", "one journey through the admin form is enough");
});

test.beforeAll(async () => {
  session = await insertPublishedSession({ startsAt: "2025-09-24T09:00:00+07:00", endsAt: "2025-09-24T11:00:00+07:00" });
});

test.afterAll(async () => {
  await session?.remove();
});

function calendarEventOf(mail: ParsedMail) {
  const file = mail.attachments.find((attachment) => attachment.contentType.startsWith("text/calendar"));
  if (!file) throw new Error(`no calendar file in "${mail.subject}"`);
  const vevent = new ICAL.Component(ICAL.parse(file.content.toString("utf8"))).getFirstSubcomponent("vevent");
  const event = new ICAL.Event(vevent!);
  return { uid: event.uid, sequence: event.sequence, start: event.startDate.toJSDate().toISOString() };
}

test("a session moved by an organiser sends each seat holder one e-mail with the new time and an updated calendar file", async ({
  page,
  context,
  request,
}) => {
  test.slow();
  const delegates = [
    await registerDelegate(request, { fullName: `Trần Văn ${uniqueLetters()}`, sessions: [session.slug] }),
    await registerDelegate(request, { fullName: `Võ Thị ${uniqueLetters()}`, sessions: [session.slug] }),
  ];
  const before = calendarEventOf(await waitForMail(delegates[0]!.email));
  expect(before.start).toBe("2025-09-24T02:00:00.000Z");

  await useOwnClientAddress(context);
  await signIn(page, await createTestUser("ORGANIZER"));
  await page.goto(`/admin/sessions/${session.id}`);
  await page.getByLabel("Giờ bắt đầu").fill("14:00");
  await page.getByLabel("Giờ kết thúc").fill("16:30");
  // A published session's change is a draft until the organiser publishes it: nobody is told before.
  await page.getByRole("button", { name: "Lưu bản nháp thay đổi" }).click();
  await page.getByRole("button", { name: "Công bố thay đổi" }).click();
  await expect(page.getByRole("status")).toContainText("Đã công bố thay đổi");

  for (const delegate of delegates) {
    const notice = await waitForMail(delegate.email, { count: 2 });
    expect(notice.subject).toBe(`Thay đổi lịch: “${session.title}”`);
    expect(notice.text).toContain("Thời gian: 24/09/2025, 09:00 – 11:00 → nay là 24/09/2025, 14:00 – 16:30");
    const after = calendarEventOf(notice);
    expect(after.uid).toBe(before.uid);
    expect(after.sequence).toBeGreaterThan(before.sequence);
    expect(after.start).toBe("2025-09-24T07:00:00.000Z");
  }
  // One e-mail each: nothing else follows the confirmation and the notice.
  await page.waitForTimeout(1_500);
  for (const delegate of delegates) expect(await countMailTo(delegate.email)).toBe(2);

  // The manage page offers the calendar of the delegate's sessions, already at the new time.
  const calendar = await request.get(`${new URL(delegates[0]!.manageUrl).pathname}/calendar`);
  expect(calendar.status()).toBe(200);
  expect(calendar.headers()["content-type"]).toContain("text/calendar");
  const vevent = new ICAL.Component(ICAL.parse(await calendar.text())).getFirstSubcomponent("vevent");
  expect(new ICAL.Event(vevent!).uid).toBe(before.uid);
  expect(new ICAL.Event(vevent!).startDate.toJSDate().toISOString()).toBe("2025-09-24T07:00:00.000Z");
});
