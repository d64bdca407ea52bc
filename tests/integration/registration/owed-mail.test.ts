import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { delegateInput } from "../../fixtures/registration";
import { sendQueuedMail } from "../../setup/mail-worker";
import { startSmtpSink, type SmtpSink } from "../../setup/smtp-sink";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";

// What the delegates are owed, through the outbox: each change queues its e-mail in its own
// transaction, and the worker sends it, or skips it when a later change made it moot. No delegate
// gets the same e-mail twice; an address refused for good is shown to the organisers. Over real SMTP.

const BASE_URL = "https://tuanle.example.vn";
const MISSING_MAILBOX = "khong-ton-tai@example.vn";

let database: TestDatabase;
let sink: SmtpSink;
let service: typeof import("@/lib/registration/delegate-store");
let mail: typeof import("@/lib/mail/send");
let editing: typeof import("@/lib/agenda/session-store");
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

async function sessionId(slug: string) {
  return (await database.db.session.findFirstOrThrow({ where: { slug, edition: { year: 2025 } }, select: { id: true } })).id;
}

function messagesTo(address: string) {
  return sink.messages.filter((message) => message.to.includes(address));
}

/** The subjects of the messages to an address, in a fixed order: a worker sends several at once, so they may arrive in any. */
function subjectsTo(address: string) {
  return messagesTo(address)
    .map((message) => message.parsed.subject ?? "")
    .sort();
}

async function outboxOf(registrationId: string) {
  return database.db.outboxMessage.findMany({ where: { registrationId }, orderBy: { createdAt: "asc" }, select: { kind: true, status: true } });
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
  [service, mail, editing] = await Promise.all([
    import("@/lib/registration/delegate-store"),
    import("@/lib/mail/send"),
    import("@/lib/agenda/session-store"),
  ]);
});

afterAll(async () => {
  mail?.closeMailTransports();
  await sink?.close();
  await database?.drop();
});

describe("confirmations", () => {
  it("are queued with the registration and sent once, with the link the delegate saw after registering", async () => {
    const email = "xac-nhan-mot-lan@example.vn";
    const created = await register(email);
    expect(await outboxOf(created.registration.id)).toEqual([{ kind: "registration.confirmation", status: "QUEUED" }]);
    await sendQueuedMail(database.db);
    await sendQueuedMail(database.db);
    expect(messagesTo(email)).toHaveLength(1);
    expect(messagesTo(email)[0]!.parsed.text).toContain(`${BASE_URL}/my-registration/${created.manageToken}`);
    expect((await database.db.registration.findUniqueOrThrow({ where: { id: created.registration.id } })).confirmationMailedAt).toEqual(expect.any(Date));
  });

  it("are skipped for a registration cancelled before the worker's turn", async () => {
    const cancelled = await register("da-huy@example.vn");
    await service.cancelRegistration(database.db, cancelled.registration.id);
    await sendQueuedMail(database.db);
    expect(messagesTo("da-huy@example.vn")).toHaveLength(0);
    expect(await outboxOf(cancelled.registration.id)).toEqual([{ kind: "registration.confirmation", status: "SKIPPED" }]);
  });

  it("are given up at once when the receiving server refuses the mailbox for good; the history says why", async () => {
    const created = await register(MISSING_MAILBOX);
    await sendQueuedMail(database.db);
    const row = await database.db.outboxMessage.findFirstOrThrow({ where: { registrationId: created.registration.id } });
    expect(row).toMatchObject({ status: "FAILED", attempts: 1, lastError: expect.stringMatching(/^550 .*Mailbox does not exist/) });
    const history = await database.db.auditLog.findMany({ where: { entityId: created.registration.id } });
    expect(history.map((entry) => [entry.action, entry.userId])).toEqual([["registration.confirmation-refused", null]]);
    expect(history[0]!.after).toMatchObject({ error: expect.stringContaining("550"), messageId: row.id });
    expect(await database.db.registration.findUniqueOrThrow({ where: { id: created.registration.id } })).toMatchObject({ mailRefusedAt: expect.any(Date) });

    // An organiser reaches the delegate and corrects the address: the confirmation is queued for it.
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
    expect(await database.db.registration.findUniqueOrThrow({ where: { id: created.registration.id } })).toMatchObject({ mailRefusedAt: null, confirmationMailedAt: null });
    await sendQueuedMail(database.db);
    const [message] = messagesTo(corrected);
    // A new manage link, issued when the worker rendered the e-mail, opens the registration.
    const token = message!.parsed.text!.match(/\/my-registration\/([\w-]+)/)![1]!;
    expect((await service.findRegistrationByManageToken(database.db, token))?.id).toBe(created.registration.id);
    expect(messagesTo(corrected)).toHaveLength(1);
  });
});

describe("seat notices", () => {
  it("tell a delegate of their seat from the wait list once; a seat given up before its e-mail leaves is owed nothing", async () => {
    const roundTable = "toa-dam-hien-ke";
    await database.db.session.updateMany({ where: { slug: roundTable }, data: { capacity: 1 } });
    const holder = await register("giu-cho@example.vn", [roundTable]);
    const first = await register("cho-thu-nhat@example.vn", [roundTable]);
    const second = await register("cho-thu-hai@example.vn", [roundTable]);
    await sendQueuedMail(database.db);

    expect((await service.cancelRegistration(database.db, holder.registration.id)).promoted).toMatchObject([{ registrationId: first.registration.id }]);
    // The first in line gets the seat, and then cancels too before the e-mails have gone.
    expect((await service.cancelRegistration(database.db, first.registration.id)).promoted).toMatchObject([{ registrationId: second.registration.id }]);
    await service.cancelRegistration(database.db, second.registration.id);
    const third = await register("cho-thu-ba@example.vn", [roundTable]);
    const again = await register("cho-thu-tu@example.vn", [roundTable]);
    expect((await service.cancelRegistration(database.db, third.registration.id)).promoted).toMatchObject([{ registrationId: again.registration.id }]);

    await sendQueuedMail(database.db);
    expect(subjectsTo("cho-thu-tu@example.vn")).toEqual([
      expect.stringMatching(/^Quý đại biểu đã có chỗ tại phiên “Tọa đàm/),
      expect.stringMatching(/^Xác nhận đăng ký/),
    ]);
    for (const address of ["cho-thu-nhat@example.vn", "cho-thu-hai@example.vn"]) {
      expect(subjectsTo(address)).toEqual([expect.stringMatching(/^Xác nhận đăng ký/)]);
    }
    expect(await outboxOf(first.registration.id)).toEqual([
      { kind: "registration.confirmation", status: "SENT" },
      { kind: "registration.seat-promoted", status: "SKIPPED" },
    ]);
    await sendQueuedMail(database.db);
    expect(messagesTo("cho-thu-tu@example.vn")).toHaveLength(2);
  });

  it("tell each holder of a cancelled session once", async () => {
    const email = "phien-bi-huy@example.vn";
    const conference = await sessionId("hoi-thao-hoi-tu-nguon-luc");
    const holder = await register(email, ["hoi-thao-hoi-tu-nguon-luc"]);
    const { registrationsToNotify } = await editing.changeSessionStatus(database.db, conference, "cancel", { userId: null, ip: null });
    expect(registrationsToNotify).toEqual([holder.registration.id]);
    await sendQueuedMail(database.db);
    await sendQueuedMail(database.db);
    expect(subjectsTo(email)).toEqual([expect.stringMatching(/^Hoạt động “.+” đã bị hủy$/), expect.stringMatching(/^Xác nhận đăng ký/)]);
  });
});
