import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ICAL from "ical.js";
import jsQR from "jsqr";
import { simpleParser, type Attachment } from "mailparser";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyTicket } from "@/lib/tickets/token";
import { delegateInput } from "../../fixtures/registration";
import { sendQueuedMail } from "../../setup/mail-worker";
import { startSmtpSink, type SmtpSink } from "../../setup/smtp-sink";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";

// The delegate's e-mails as they leave the portal: queued by the change, sent by the outbox worker
// over real SMTP to a sink, then parsed back.

const SECRET = "integration-ticket-secret-0123456789abcdef";
const BASE_URL = "https://tuanle.example.vn";

let database: TestDatabase;
let sink: SmtpSink;
let outbox: string;
let service: typeof import("@/lib/registration/delegate-store");
let mail: typeof import("@/lib/mail/send");

async function register(email: string, fullName: string, sessions: string[]) {
  const result = await service.registerDelegate(database.db, {
    year: 2025,
    input: delegateInput(0, sessions, { email, fullName, consents: { registration: true, media: false, news: true } }),
    noticeVersion: "test-notice",
  });
  if (result.status !== "created") throw new Error(`expected a new registration, got ${result.status}`);
  return result;
}

function decodeQr(attachment: Attachment): string | undefined {
  const image = PNG.sync.read(attachment.content);
  return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
}

function useSmtp() {
  Object.assign(process.env, sink.env);
}

function useOutbox() {
  delete process.env.SMTP_HOST;
  delete process.env.SMTP_PORT;
  process.env.MAIL_OUTBOX_DIR = outbox;
}

beforeAll(async () => {
  database = await createTestDatabase("seeded");
  sink = await startSmtpSink();
  outbox = mkdtempSync(path.join(tmpdir(), "qn-outbox-"));
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    TICKET_SIGNING_SECRET: SECRET,
    AUTH_SECRET: "integration-auth-secret-0123456789abcdef",
    PUBLIC_BASE_URL: BASE_URL,
    MAIL_FROM: '"Tuần lễ ĐMST & CĐS Quảng Ngãi" <no-reply@tuanle.example.vn>',
  });
  [service, mail] = await Promise.all([
    import("@/lib/registration/delegate-store"),
    import("@/lib/mail/send"),
  ]);
  // One seat at the round-table, so that the delegate under test lands on its wait list.
  await database.db.session.updateMany({ where: { slug: "toa-dam-hien-ke" }, data: { capacity: 1 } });
});

afterAll(async () => {
  mail?.closeMailTransports();
  await sink?.close();
  await database?.drop();
  rmSync(outbox, { recursive: true, force: true });
});

describe("confirmation e-mail over SMTP", () => {
  let first: Awaited<ReturnType<typeof register>>;
  let created: Awaited<ReturnType<typeof register>>;
  const email = "anh.tuyet@quangngai.gov.vn";

  beforeAll(async () => {
    useSmtp();
    first = await register("first@example.vn", "Trần Văn Một", ["toa-dam-hien-ke"]);
    created = await register(email, "Nguyễn Thị Ánh Tuyết", ["le-khai-mac", "toa-dam-hien-ke"]);
    await sendQueuedMail(database.db);
    const row = await database.db.outboxMessage.findFirstOrThrow({ where: { registrationId: created.registration.id } });
    expect(row).toMatchObject({ kind: "registration.confirmation", status: "SENT", attempts: 1, recipient: email });
    // Once sent, the manage link's token does not stay in the outbox.
    expect(row.payload).toEqual({});
  });

  it("arrives with the Vietnamese subject, sender and greeting intact, under the Message-ID of its outbox row", async () => {
    const message = await sink.waitFor(email);
    const { parsed, raw } = message;
    const row = await database.db.outboxMessage.findFirstOrThrow({ where: { registrationId: created.registration.id } });
    expect(parsed.messageId).toBe(`<${row.id}@tuanle.example.vn>`);
    expect(parsed.subject).toBe(
      `Xác nhận đăng ký ${created.registration.code} – Tuần lễ Đổi mới sáng tạo và Chuyển đổi số tỉnh Quảng Ngãi năm 2025`,
    );
    // Non-ASCII headers travel as RFC 2047 encoded words, never as raw 8-bit bytes.
    expect(raw.toString("latin1")).toMatch(/^Subject: =\?UTF-8\?[QB]\?/m);
    expect(parsed.from?.value[0]).toEqual({ name: "Tuần lễ ĐMST & CĐS Quảng Ngãi", address: "no-reply@tuanle.example.vn" });
    expect(parsed.text).toContain("Kính gửi Ông/Bà Nguyễn Thị Ánh Tuyết,");
    expect(parsed.html).toContain("Kính gửi Ông/Bà Nguyễn Thị Ánh Tuyết,");
  });

  it("gives the code, each session with its local time and venue, and the seat status", async () => {
    const { parsed } = await sink.waitFor(email);
    expect(created.registration.code).toMatch(/^QN25-[0-9A-Z]{5}$/);
    expect(parsed.text).toContain(`Mã đăng ký: ${created.registration.code}`);
    expect(parsed.text).toContain(
      "- Lễ khai mạc\n  Thời gian: 25/09/2025, 14:00 – 15:30 (giờ dự kiến)\n  Địa điểm: Trung tâm Hội nghị và Triển lãm tỉnh Quảng Ngãi\n  Tình trạng: Đã xác nhận chỗ",
    );
    expect(parsed.text).toContain("Thời gian: 25/09/2025, 15:45 – 17:30 (giờ dự kiến)");
    expect(parsed.text).toContain("Tình trạng: Trong danh sách chờ, vị trí số 1");
  });

  it("links to the manage page with the secret token", async () => {
    const { parsed } = await sink.waitFor(email);
    const link = `${BASE_URL}/my-registration/${created.manageToken}`;
    expect(parsed.text).toContain(link);
    expect(parsed.html).toContain(`href="${link}"`);
  });

  it("attaches a calendar that parses and holds only the confirmed session", async () => {
    const { parsed } = await sink.waitFor(email);
    const calendar = parsed.attachments.find((attachment) => attachment.contentType === "text/calendar");
    expect(calendar?.filename).toBe(`lich-${created.registration.code}.ics`);
    const component = new ICAL.Component(ICAL.parse(calendar!.content.toString("utf8")));
    const events = component.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent));
    expect(events).toHaveLength(1);
    expect(events[0]!.summary).toBe("Lễ khai mạc");
    expect(events[0]!.location).toContain("Trung tâm Hội nghị và Triển lãm tỉnh Quảng Ngãi");
    expect(events[0]!.startDate.toJSDate().toISOString()).toBe("2025-09-25T07:00:00.000Z");
    expect(events[0]!.endDate.toJSDate().toISOString()).toBe("2025-09-25T08:30:00.000Z");
  });

  it("shows a QR code whose check-in token verifies to this registration", async () => {
    const { parsed } = await sink.waitFor(email);
    const qr = parsed.attachments.find((attachment) => attachment.contentType === "image/png");
    expect(qr?.contentDisposition).toBe("inline");
    expect(parsed.html).toContain(`src="cid:${qr!.contentId!.replace(/^<|>$/g, "")}"`);
    const token = decodeQr(qr!);
    expect(token).toBeDefined();
    expect(verifyTicket(token!, SECRET)).toEqual({
      ok: true,
      claims: { kind: "R", subject: created.registration.code, year: 2025 },
    });
    expect(verifyTicket(token!, "some-other-secret-0123456789abcdefghij").ok).toBe(false);
  });

  it("tells the first wait-listed delegate when a seat frees", async () => {
    const { promoted } = await service.cancelRegistration(database.db, first.registration.id);
    expect(promoted).toMatchObject([{ registrationId: created.registration.id, sessionSlug: "toa-dam-hien-ke" }]);
    await sendQueuedMail(database.db);
    await expect.poll(() => sink.messages.filter((message) => message.to.includes(email)).length).toBe(2);
    const { parsed } = sink.messages.filter((message) => message.to.includes(email))[1]!;
    expect(parsed.subject).toBe(
      "Quý đại biểu đã có chỗ tại phiên “Tọa đàm giữa lãnh đạo chính quyền tỉnh với nhà khoa học, chuyên gia về hiến kế phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Quảng Ngãi”",
    );
    expect(parsed.text).toContain("Tình trạng: Đã xác nhận chỗ");
    const calendar = parsed.attachments.find((attachment) => attachment.contentType === "text/calendar");
    const events = new ICAL.Component(ICAL.parse(calendar!.content.toString("utf8"))).getAllSubcomponents("vevent");
    expect(events.map((vevent) => new ICAL.Event(vevent).startDate.toJSDate().toISOString())).toEqual([
      "2025-09-25T08:45:00.000Z",
    ]);
  });
});

describe("without SMTP settings", () => {
  it("writes the message as an .eml file into the outbox instead of dropping it", async () => {
    useOutbox();
    const created = await register("outbox@example.vn", "Lê Hoàng Ân", ["le-khai-mac"]);
    await database.db.outboxMessage.updateMany({ where: { registrationId: created.registration.id }, data: { status: "SKIPPED" } });
    await (await import("@/lib/registration/mail-queue-store")).queueManageLink(database.db, created.registration.id);
    await sendQueuedMail(database.db);
    const files = readdirSync(outbox).filter((file) => file.endsWith(".eml"));
    expect(files).toHaveLength(1);
    const parsed = await simpleParser(readFileSync(path.join(outbox, files[0]!)));
    expect(parsed.to && !Array.isArray(parsed.to) ? parsed.to.value[0]?.address : undefined).toBe("outbox@example.vn");
    expect(parsed.subject).toBe(
      `Đường dẫn quản lý đăng ký ${created.registration.code} – Tuần lễ Đổi mới sáng tạo và Chuyển đổi số tỉnh Quảng Ngãi năm 2025`,
    );
    expect(parsed.text).toContain("Kính gửi Ông/Bà Lê Hoàng Ân,");
    // The worker issued a new link when it rendered the message: the one in the e-mail opens the registration.
    const token = /\/my-registration\/([A-Za-z0-9_-]{43})/.exec(parsed.text ?? "")?.[1];
    expect(await service.findRegistrationByManageToken(database.db, token!)).toMatchObject({ id: created.registration.id });
  });
});
