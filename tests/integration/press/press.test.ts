import jsQR from "jsqr";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import vi from "@/lib/i18n/messages/vi.json";
import { closeMailTransports } from "@/lib/mail/send";
import { createAccreditationSchema } from "@/lib/press/schema";
import { verifyTicket } from "@/lib/tickets/token";
import { sendStoredMail } from "../../setup/mail-worker";
import { startSmtpSink, type SmtpSink } from "../../setup/smtp-sink";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";

// A journalist applies, an organiser approves, and the press pass arrives over real SMTP: its QR
// code is a signed check-in token for the pass, and its link opens the full-resolution media.

const SECRET = "press-integration-secret-0123456789abcdef";
let database: TestDatabase;
let sink: SmtpSink;
let actor: { userId: string; ip: string };
let press: typeof import("@/lib/press/accreditation-store");
let access: typeof import("@/lib/press/media-access-queries");
const savedEnv = { ...process.env };
const schema = createAccreditationSchema(vi.pressAccreditation.errors);

/** The consent the form captures with each submission. */
function consentNow() {
  return { noticeVersion: press.ACCREDITATION_NOTICE_VERSION, at: new Date() };
}

async function apply(email: string, sessionIds: string[] = []) {
  const input = schema.parse({
    fullName: "Phạm Thu Hà",
    outlet: "Báo Quảng Ngãi (thử nghiệm)",
    cardNumber: "bc-01234/2025",
    email,
    phone: "0905 123 456",
    sessionIds,
    consent: true,
  });
  const result = await press.submitAccreditation(database.db, input, consentNow());
  if (result.status !== "received") throw new Error(`not received: ${result.status}`);
  return result.id;
}

function qrOf(png: Buffer): string {
  const image = PNG.sync.read(png);
  const code = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
  if (!code) throw new Error("no QR code in the image");
  return code.data;
}

beforeAll(async () => {
  [database, sink] = await Promise.all([createTestDatabase("seeded"), startSmtpSink()]);
  Object.assign(process.env, sink.env, {
    DATABASE_URL: database.url,
    PUBLIC_BASE_URL: "https://tuanle.example.vn",
    AUTH_SECRET: "a".repeat(32),
    TICKET_SIGNING_SECRET: SECRET,
  });
  [press, access] = await Promise.all([import("@/lib/press/accreditation-store"), import("@/lib/press/media-access-queries")]);
  const user = await database.db.user.create({
    data: { email: "bao.chi@sokhcn.example.vn", name: "Tổ chức", role: "ORGANIZER", passwordHash: "x" },
  });
  actor = { userId: user.id, ip: "127.0.0.1" };
});

afterAll(async () => {
  process.env = savedEnv;
  closeMailTransports();
  await sink?.close();
  await database?.drop();
});

describe("press accreditation", () => {
  it("stores the journalist's application with the sessions to cover and the consent", async () => {
    const session = await database.db.session.findFirstOrThrow({ where: { edition: { year: 2025 }, status: "PUBLISHED" } });
    const id = await apply("ha.pham@baoqn.example.vn", [session.id]);
    const stored = await database.db.pressAccreditation.findUniqueOrThrow({ where: { id }, include: { sessions: true } });
    expect(stored).toMatchObject({ status: "PENDING", cardNumber: "BC-01234/2025", phone: "+84905123456", passCode: null });
    expect(stored.consentNoticeVersion).toBe(press.ACCREDITATION_NOTICE_VERSION);
    expect(stored.sessions.map((row) => row.sessionId)).toEqual([session.id]);
    // The journalist is told the application arrived: queued with it, in the respectful form.
    const acknowledgement = await database.db.outboxMessage.findFirstOrThrow({ where: { recipient: "ha.pham@baoqn.example.vn", kind: "press.received" } });
    expect(acknowledgement.subject).toMatch(/^Đã nhận đăng ký tác nghiệp – /);
    expect(JSON.stringify(acknowledgement.payload)).toContain("Ông/Bà");
    expect(
      await press.submitAccreditation(
        database.db,
        schema.parse({ ...stored, phone: "0905123456", sessionIds: [], consent: true }),
        consentNow(),
      ),
    ).toEqual({
      status: "duplicate",
    });
  });

  it("approved: the press pass e-mail arrives with a QR code valid for check-in and a working media link", async () => {
    const id = await apply("approved@baoqn.example.vn");
    const result = await press.approveAccreditation(database.db, id, actor, { baseUrl: "https://tuanle.example.vn" });
    expect(result).toMatchObject({ ok: true });
    await sendStoredMail(database.db);
    if (!result.ok) return;
    expect(result.passCode).toMatch(/^BC25-[2-9A-Z]{5}$/);

    const mail = await sink.waitFor("approved@baoqn.example.vn", { subject: /^Thẻ tác nghiệp / });
    expect(mail.parsed.subject).toBe(
      `Thẻ tác nghiệp ${result.passCode} – Tuần lễ Đổi mới sáng tạo và Chuyển đổi số tỉnh Quảng Ngãi năm 2025`,
    );
    const qr = mail.parsed.attachments.find((attachment) => attachment.contentType === "image/png");
    expect(qr).toBeDefined();
    const token = qrOf(qr!.content);
    expect(verifyTicket(token, SECRET)).toEqual({ ok: true, claims: { kind: "P", subject: result.passCode, year: 2025 } });
    expect(mail.parsed.html).toContain(`cid:${qr!.cid}`);

    const link = /https:\/\/tuanle\.example\.vn\/bao-chi\/tu-lieu\?t=(\S+)/.exec(mail.parsed.text ?? "");
    expect(link).not.toBeNull();
    const mediaToken = decodeURIComponent(link![1]!);
    expect(await access.hasPressMediaAccess(database.db, mediaToken)).toBe(true);
    // The check-in pass is not a media link, and an altered link opens nothing.
    expect(await access.hasPressMediaAccess(database.db, token)).toBe(false);
    expect(await access.hasPressMediaAccess(database.db, `${mediaToken.slice(0, -2)}xx`)).toBe(false);

    const audit = await database.db.auditLog.findFirstOrThrow({ where: { entityId: id } });
    expect(audit).toMatchObject({ action: "press.approve", userId: actor.userId });
    expect(await press.approveAccreditation(database.db, id, actor, { baseUrl: "x" })).toEqual({
      ok: false,
      reason: "already-decided",
    });
  });

  it("rejected: the journalist is told by e-mail and gets no pass", async () => {
    const id = await apply("rejected@baoqn.example.vn");
    const result = await press.rejectAccreditation(database.db, id, "Số thẻ không khớp với danh sách của Hội Nhà báo.", actor);
    expect(result).toEqual({ ok: true, passCode: null });
    await sendStoredMail(database.db);
    const mail = await sink.waitFor("rejected@baoqn.example.vn", { subject: /^Kết quả đăng ký tác nghiệp/ });
    expect(mail.parsed.text).toContain("Số thẻ không khớp");
    expect(mail.parsed.attachments).toHaveLength(0);
    expect(await database.db.pressAccreditation.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "REJECTED",
      passCode: null,
    });
  });

  it("revoked: an approved pass is withdrawn, the media link closes and the journalist is told", async () => {
    const id = await apply("revoked@baoqn.example.vn");
    const approved = await press.approveAccreditation(database.db, id, actor, { baseUrl: "https://tuanle.example.vn" });
    if (!approved.ok) throw new Error("not approved");
    await sendStoredMail(database.db);
    const passMail = await sink.waitFor("revoked@baoqn.example.vn", { subject: /^Thẻ tác nghiệp / });
    const mediaToken = decodeURIComponent(/\/bao-chi\/tu-lieu\?t=(\S+)/.exec(passMail.parsed.text ?? "")![1]!);
    expect(await access.hasPressMediaAccess(database.db, mediaToken)).toBe(true);

    const result = await press.revokeAccreditation(database.db, id, "Thẻ được cấp nhầm.", actor);
    expect(result).toEqual({ ok: true, passCode: approved.passCode });
    // The sink has stored a message before it acknowledges it, so the second one is there once the outbox is sent.
    await sendStoredMail(database.db);
    const mail = sink.messages.filter((message) => message.to.includes("revoked@baoqn.example.vn")).at(-1)!;
    expect(mail.parsed.subject).toBe(`Thu hồi thẻ tác nghiệp ${approved.passCode} – Tuần lễ Đổi mới sáng tạo và Chuyển đổi số tỉnh Quảng Ngãi năm 2025`);
    expect(mail.parsed.text).toContain("Thẻ được cấp nhầm.");
    expect(await access.hasPressMediaAccess(database.db, mediaToken)).toBe(false);
    // The pass code stays, so that the check-in station can refuse the pass by name.
    expect(await database.db.pressAccreditation.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "REVOKED",
      passCode: approved.passCode,
    });
    expect(await database.db.auditLog.count({ where: { entityId: id, action: "press.revoke" } })).toBe(1);
    expect(await press.revokeAccreditation(database.db, id, "", actor)).toEqual({ ok: false, reason: "already-decided" });
    const pending = await apply("pending.revoke@baoqn.example.vn");
    expect(await press.revokeAccreditation(database.db, pending, "", actor)).toEqual({ ok: false, reason: "already-decided" });
  });
});
