import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { delegateInput } from "../../fixtures/registration";
import { findFreePort } from "../../setup/free-port";
import { startSmtpSink, type SmtpSink } from "../../setup/smtp-sink";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";

// The delegates' e-mails leave from an in-memory queue: a restart or an SMTP outage must not leave a
// delegate without their link and ticket, unaware of a seat from the wait list or of a cancelled
// session; and no delegate may get the same e-mail twice. Over real SMTP.

const BASE_URL = "https://tuanle.example.vn";
const MISSING_MAILBOX = "khong-ton-tai@example.vn";

let database: TestDatabase;
let sink: SmtpSink;
let service: typeof import("@/lib/registration/service");
let notifications: typeof import("@/lib/registration/notifications");
let recovery: typeof import("@/lib/registration/mail-recovery");
let mail: typeof import("@/lib/mail/send");
let editing: typeof import("@/lib/agenda/editing");
let registrations = 0;

async function register(email: string, sessions = ["le-khai-mac"]) {
  const result = await service.registerDelegate(database.db, {
    year: 2025,
    input: delegateInput(registrations++, sessions, { email }),
    noticeVersion: "test-notice",
  });
  if (result.status !== "created") throw new Error(`expected a new registration, got ${result.status}`);
  return result;
}

/** As if the registration had been last changed (made, its e-mail taken) `minutes` ago. */
async function age(registrationId: string, minutes: number) {
  await database.db.$executeRaw`UPDATE registrations SET updated_at = now() - make_interval(mins => ${minutes}::int),
    confirmation_claimed_at = CASE WHEN confirmation_claimed_at IS NULL THEN NULL ELSE now() - make_interval(mins => ${minutes}::int) END
    WHERE id = ${registrationId}::uuid`;
}

/** As if every seat notice now due had been due for `minutes`. */
async function ageSeatNotices(minutes: number) {
  await database.db.$executeRaw`UPDATE seats SET notice_due_at = now() - make_interval(mins => ${minutes}::int) WHERE notice_due_at IS NOT NULL`;
}

async function sessionId(slug: string) {
  return (await database.db.session.findFirstOrThrow({ where: { slug, edition: { year: 2025 } }, select: { id: true } })).id;
}

function messagesTo(address: string) {
  return sink.messages.filter((message) => message.to.includes(address));
}

async function mailedAt(registrationId: string) {
  const row = await database.db.registration.findUniqueOrThrow({ where: { id: registrationId }, select: { confirmationMailedAt: true } });
  return row.confirmationMailedAt;
}

beforeAll(async () => {
  database = await createTestDatabase("seeded");
  sink = await startSmtpSink({ refuseMailbox: (address) => address === MISSING_MAILBOX });
  Object.assign(process.env, sink.env, {
    DATABASE_URL: database.url,
    TICKET_SIGNING_SECRET: "integration-ticket-secret-0123456789abcdef",
    AUTH_SECRET: "integration-auth-secret-0123456789abcdef",
    PUBLIC_BASE_URL: BASE_URL,
    MAIL_FROM: '"Tuần lễ ĐMST & CĐS Quảng Ngãi" <no-reply@tuanle.example.vn>',
  });
  [service, notifications, recovery, mail, editing] = await Promise.all([
    import("@/lib/registration/service"),
    import("@/lib/registration/notifications"),
    import("@/lib/registration/mail-recovery"),
    import("@/lib/mail/send"),
    import("@/lib/agenda/editing"),
  ]);
});

afterAll(async () => {
  mail?.closeMailTransports();
  await sink?.close();
  await database?.drop();
});

describe("confirmations that never left", () => {
  it("are sent by the sweep once, with a new manage link that opens the registration", async () => {
    const email = "mat-khi-khoi-dong-lai@example.vn";
    const lost = await register(email); // its queued e-mail died with the server
    await age(lost.registration.id, 11);

    expect(await recovery.sendOverdueMail(database.db)).toEqual({ sent: 1, failed: 0 });
    const [message] = messagesTo(email);
    expect(message?.parsed.subject).toContain(`Xác nhận đăng ký ${lost.registration.code}`);
    const token = message!.parsed.text!.match(/\/my-registration\/([\w-]+)/)![1]!;
    expect((await service.findRegistrationByManageToken(database.db, token))?.id).toBe(lost.registration.id);
    expect(await service.findRegistrationByManageToken(database.db, lost.manageToken)).toBeNull();

    await age(lost.registration.id, 11);
    expect(await recovery.sendOverdueMail(database.db)).toEqual({ sent: 0, failed: 0 });
    expect(messagesTo(email)).toHaveLength(1);
  });

  it("are sent once by the sweep when their sender died between taking and sending them, not while it may be alive", async () => {
    const email = "nguoi-gui-da-chet@example.vn";
    const created = await register(email);
    const { claimConfirmation } = await import("@/lib/registration/confirmation-store");
    // The server took the e-mail, then was killed (`kill -9`) before handing it to the mail server.
    expect(await claimConfirmation(database.db, created.registration.id, { staleBefore: new Date(0) })).toBe(true);
    expect(await notifications.deliverConfirmation(created.registration.id, created.manageToken, database.db)).toBeNull();
    await age(created.registration.id, 9);
    expect(await recovery.sendOverdueMail(database.db)).toEqual({ sent: 0, failed: 0 });

    await age(created.registration.id, 11);
    expect(await recovery.sendOverdueMail(database.db)).toEqual({ sent: 1, failed: 0 });
    expect(await mailedAt(created.registration.id)).not.toBeNull();
    await age(created.registration.id, 11);
    expect(await recovery.sendOverdueMail(database.db)).toEqual({ sent: 0, failed: 0 });
    expect(messagesTo(email)).toHaveLength(1);
  });

  it("leave alone a registration of the last minutes, still in the queue, and a cancelled one", async () => {
    const recent = await register("vua-dang-ky@example.vn");
    const cancelled = await register("da-huy@example.vn");
    await service.cancelRegistration(database.db, cancelled.registration.id);
    await age(cancelled.registration.id, 11);

    expect(await recovery.sendOverdueMail(database.db)).toEqual({ sent: 0, failed: 0 });
    expect(await mailedAt(recent.registration.id)).toBeNull();
    expect(messagesTo("vua-dang-ky@example.vn")).toHaveLength(0);
    expect(messagesTo("da-huy@example.vn")).toHaveLength(0);
  });

  it("go once even when the queued e-mail and the sweep both try", async () => {
    const email = "hai-nguoi-gui@example.vn";
    const created = await register(email);
    const [first, second] = await Promise.all([
      notifications.deliverConfirmation(created.registration.id, created.manageToken, database.db),
      notifications.deliverConfirmation(created.registration.id, null, database.db),
    ]);
    expect([first, second].filter((delivery) => delivery !== null)).toHaveLength(1);
    await age(created.registration.id, 11);
    expect(await recovery.sendOverdueMail(database.db)).toEqual({ sent: 0, failed: 0 });
    expect(messagesTo(email)).toHaveLength(1);
  });

  it("are given back when the SMTP server cannot be reached, and the next sweep sends them", async () => {
    const email = "may-chu-thu-loi@example.vn";
    const created = await register(email);
    process.env.SMTP_PORT = String(await findFreePort()); // nobody listens there
    try {
      await expect(notifications.deliverConfirmation(created.registration.id, created.manageToken, database.db)).rejects.toThrow();
    } finally {
      Object.assign(process.env, sink.env);
    }
    expect(await mailedAt(created.registration.id)).toBeNull();

    await age(created.registration.id, 11);
    expect(await recovery.sendOverdueMail(database.db)).toEqual({ sent: 1, failed: 0 });
    expect(messagesTo(email)).toHaveLength(1);
    expect(await mailedAt(created.registration.id)).not.toBeNull();
  });

  it("are not tried again when the receiving server refuses the mailbox for good; the history says why", async () => {
    const created = await register(MISSING_MAILBOX);
    await expect(notifications.deliverConfirmation(created.registration.id, created.manageToken, database.db)).rejects.toMatchObject({
      responseCode: 550,
    });
    const history = await database.db.auditLog.findMany({ where: { entityId: created.registration.id } });
    expect(history.map((entry) => [entry.action, entry.userId])).toEqual([["registration.confirmation-refused", null]]);
    expect(history[0]!.after).toMatchObject({ responseCode: 550, response: expect.stringContaining("Mailbox does not exist") });
    await age(created.registration.id, 11);
    expect(await recovery.sendOverdueMail(database.db)).toEqual({ sent: 0, failed: 0 });
    expect(await database.db.registration.findUniqueOrThrow({ where: { id: created.registration.id } })).toMatchObject({
      mailRefusedAt: expect.any(Date),
    });

    // An organiser reaches the delegate and corrects the address: the confirmation is due for it.
    const [{ updateRegistrationDetails }, { adminRegistrationSchemas }] = await Promise.all([
      import("@/lib/registration/admin-store"),
      import("@/lib/registration/admin-schema"),
    ]);
    const corrected = "dia-chi-dung@example.vn";
    const { registrationId, ...input } = adminRegistrationSchemas.details.parse({
      registrationId: created.registration.id,
      fullName: "Nguyễn Thị Ánh Tuyết",
      position: "Chuyên viên",
      organization: "Sở Khoa học và Công nghệ tỉnh Quảng Ngãi",
      group: "GOVERNMENT",
      email: corrected,
      phone: "0905 123 456",
      province: "Quảng Ngãi",
    });
    const organiser = await database.db.user.create({ data: { email: "to.chuc@sokhcn.gov.vn", name: "Cán bộ Tổ chức", role: "ORGANIZER", passwordHash: "x" } });
    expect(await updateRegistrationDetails(database.db, registrationId, input, { userId: organiser.id, ip: null })).toEqual({ emailChanged: true });
    expect(await database.db.registration.findUniqueOrThrow({ where: { id: created.registration.id } })).toMatchObject({
      mailRefusedAt: null,
      confirmationMailedAt: null,
    });
    expect(await notifications.deliverConfirmation(created.registration.id, null, database.db)).toMatchObject({ via: "smtp" });
    expect(messagesTo(corrected)).toHaveLength(1);
  });
});

describe("seat notices that never left", () => {
  it("tell a delegate of their seat from the wait list once; a seat given up before its e-mail is owed nothing", async () => {
    const roundTable = "toa-dam-hien-ke";
    await database.db.session.updateMany({ where: { slug: roundTable }, data: { capacity: 1 } });
    const holder = await register("giu-cho@example.vn", [roundTable]);
    const first = await register("cho-thu-nhat@example.vn", [roundTable]);
    const second = await register("cho-thu-hai@example.vn", [roundTable]);

    expect((await service.cancelRegistration(database.db, holder.registration.id)).promoted).toMatchObject([
      { registrationId: first.registration.id },
    ]);
    // The first in line gets the seat, and then cancels too before the second one's e-mail has gone.
    expect((await service.cancelRegistration(database.db, first.registration.id)).promoted).toMatchObject([
      { registrationId: second.registration.id },
    ]);
    await service.cancelRegistration(database.db, second.registration.id);
    const third = await register("cho-thu-ba@example.vn", [roundTable]);
    const again = await register("cho-thu-tu@example.vn", [roundTable]);
    expect((await service.cancelRegistration(database.db, third.registration.id)).promoted).toMatchObject([
      { registrationId: again.registration.id },
    ]);
    await ageSeatNotices(11);

    expect(await recovery.sendOverdueMail(database.db)).toEqual({ sent: 1, failed: 0 });
    expect(messagesTo("cho-thu-tu@example.vn").map((message) => message.parsed.subject)).toEqual([
      expect.stringMatching(/^Quý đại biểu đã có chỗ tại phiên “Tọa đàm/),
    ]);
    for (const address of ["cho-thu-nhat@example.vn", "cho-thu-hai@example.vn"]) expect(messagesTo(address)).toHaveLength(0);
    await ageSeatNotices(11);
    expect(await recovery.sendOverdueMail(database.db)).toEqual({ sent: 0, failed: 0 });
  });

  it("tell each holder of a cancelled session once, even when the queue and the sweep both try", async () => {
    const email = "phien-bi-huy@example.vn";
    const conference = await sessionId("hoi-thao-hoi-tu-nguon-luc");
    const holder = await register(email, ["hoi-thao-hoi-tu-nguon-luc"]);
    const { registrationsToNotify } = await editing.changeSessionStatus(database.db, conference, "cancel", { userId: null, ip: null });
    expect(registrationsToNotify).toEqual([holder.registration.id]);

    const notice = { registrationId: holder.registration.id, sessionId: conference, kind: "SESSION_CANCELLED" } as const;
    const deliveries = await Promise.all([notifications.deliverSeatNotice(notice, database.db), notifications.deliverSeatNotice(notice, database.db)]);
    expect(deliveries.filter((delivery) => delivery !== null)).toHaveLength(1);
    await ageSeatNotices(11);
    expect(await recovery.sendOverdueMail(database.db)).toEqual({ sent: 0, failed: 0 });
    expect(messagesTo(email).map((message) => message.parsed.subject)).toEqual([expect.stringMatching(/^Hoạt động “.+” đã bị hủy$/)]);
  });

  it("are owed again when the SMTP server cannot be reached", async () => {
    const email = "thong-bao-loi-mang@example.vn";
    const workshop = await sessionId("hoi-thao-chuyen-doi-so-du-lich");
    const holder = await register(email, ["hoi-thao-chuyen-doi-so-du-lich"]);
    await editing.changeSessionStatus(database.db, workshop, "cancel", { userId: null, ip: null });
    const notice = { registrationId: holder.registration.id, sessionId: workshop, kind: "SESSION_CANCELLED" } as const;
    process.env.SMTP_PORT = String(await findFreePort());
    try {
      await expect(notifications.deliverSeatNotice(notice, database.db)).rejects.toThrow();
    } finally {
      Object.assign(process.env, sink.env);
    }
    await ageSeatNotices(11);
    expect(await recovery.sendOverdueMail(database.db)).toEqual({ sent: 1, failed: 0 });
    expect(messagesTo(email)).toHaveLength(1);
  });
});
