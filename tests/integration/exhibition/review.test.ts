import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exhibitorApplicationSchema } from "@/lib/exhibition/schema";
import { closeMailTransports } from "@/lib/mail/send";
import { sendStoredMail } from "../../setup/mail-worker";
import { startSmtpSink, type SmtpSink } from "../../setup/smtp-sink";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";

// Organisers place booths and decide on applications: booths land only on free floor inside the
// hall, an accepted application becomes a booth on the map, and the applicant hears of each step.

let database: TestDatabase;
let sink: SmtpSink;
let actor: { userId: string; ip: string };
let review: typeof import("@/lib/exhibition/review-store");
let store: typeof import("@/lib/exhibition/booth-store");
let applications: typeof import("@/lib/exhibition/application-store");
let schemas: typeof import("@/lib/exhibition/admin-schema");
let messages: (typeof import("@/lib/i18n/messages/vi.json"))["adminBooths"]["errors"];
const savedEnv = { ...process.env };

async function apply(email: string) {
  const input = exhibitorApplicationSchema.parse({
    organizationName: `Công ty Thử nghiệm ${email}`,
    category: "STARTUP",
    products: "Ứng dụng bản đồ số",
    contactName: "Lê Văn Bình",
    email,
    phone: "0905 123 456",
    consent: true,
  });
  const result = await applications.receiveExhibitorApplication(database.db, input, { noticeVersion: applications.APPLICATION_NOTICE_VERSION, at: new Date() });
  if (result.status !== "received") throw new Error("application closed");
  await sendStoredMail(database.db);
  await sink.waitFor(email);
  return result.applicationId;
}

beforeAll(async () => {
  [database, sink] = await Promise.all([createTestDatabase("seeded"), startSmtpSink()]);
  Object.assign(process.env, sink.env, {
    DATABASE_URL: database.url,
    PUBLIC_BASE_URL: "https://tuanle.example.vn",
    AUTH_SECRET: "a".repeat(32),
    TICKET_SIGNING_SECRET: "t".repeat(32),
  });
  [review, store, applications, schemas] = await Promise.all([
    import("@/lib/exhibition/review-store"),
    import("@/lib/exhibition/booth-store"),
    import("@/lib/exhibition/application-store"),
    import("@/lib/exhibition/admin-schema"),
  ]);
  messages = (await import("@/lib/i18n/messages/vi.json")).default.adminBooths.errors;
  const user = await database.db.user.create({
    data: { email: "gian.hang@sokhcn.example.vn", name: "Tổ chức", role: "ORGANIZER", passwordHash: "x" },
  });
  actor = { userId: user.id, ip: "127.0.0.1" };
});

afterAll(async () => {
  process.env = savedEnv;
  closeMailTransports();
  await sink?.close();
  await database?.drop();
});

/** The latest message to `to`, once the outbox has sent what the decision queued. */
async function lastMailTo(to: string) {
  await sendStoredMail(database.db);
  const message = sink.messages.filter((candidate) => candidate.to.includes(to)).at(-1);
  if (!message) throw new Error(`no mail to ${to}`);
  return message;
}

const booth = (fields: Record<string, string>) =>
  schemas
    .createBoothSchema(messages)
    .parse({ category: "DIGITAL_SERVICE", exhibitorName: "Trung tâm Chuyển đổi số", width: "30", height: "30", ...fields });

describe("booth admin", () => {
  it("places a new booth on free floor and records it in the audit log", async () => {
    const result = await store.saveBooth(database.db, null, booth({ code: "z90", x: "0", y: "0", publish: "on" }), actor);
    expect(result).toMatchObject({ ok: true, code: "Z90" });
    if (!result.ok) return;
    const saved = await database.db.booth.findUniqueOrThrow({ where: { id: result.id }, include: { venue: true } });
    expect(saved).toMatchObject({ status: "PUBLISHED", x: 0, y: 0, width: 30, height: 30 });
    expect(saved.venue?.slug).toBe("trung-tam-hoi-nghi-trien-lam-quang-ngai");
    const audit = await database.db.auditLog.findFirstOrThrow({ where: { entityId: result.id } });
    expect(audit).toMatchObject({ action: "booth.create", userId: actor.userId });
  });

  it("refuses a booth on another booth's floor or past the walls, and a code already used", async () => {
    const other = await database.db.booth.findFirstOrThrow({ where: { code: "A01", edition: { year: 2025 } } });
    const onTop = await store.saveBooth(
      database.db,
      null,
      booth({ code: "Z91", x: String(other.x + 5), y: String(other.y + 5) }),
      actor,
    );
    expect(onTop).toEqual({ ok: false, reason: "placement", problems: [{ kind: "overlap", codes: ["A01"] }] });
    const outside = await store.saveBooth(database.db, null, booth({ code: "Z91", x: "590", y: "0" }), actor);
    expect(outside).toMatchObject({ ok: false, reason: "placement", problems: [{ kind: "outside-hall" }] });
    const taken = await store.saveBooth(database.db, null, booth({ code: "A01", x: "40", y: "0" }), actor);
    expect(taken).toEqual({ ok: false, reason: "code-taken" });
  });

  it("moves and resizes a booth, keeping its audit trail of before and after", async () => {
    const created = await store.saveBooth(database.db, null, booth({ code: "Z92", x: "40", y: "0" }), actor);
    if (!created.ok) throw new Error("not created");
    const moved = await store.saveBooth(database.db, created.id, booth({ code: "Z92", x: "80", y: "0", width: "40" }), actor);
    expect(moved).toMatchObject({ ok: true });
    const audit = await database.db.auditLog.findFirstOrThrow({ where: { entityId: created.id, action: "booth.update" } });
    expect(audit.before).toMatchObject({ x: 40, width: 30 });
    expect(audit.after).toMatchObject({ x: 80, width: 40 });
  });
});

describe("reviewing an application", () => {
  it("accepting places a published booth with the given code and e-mails the applicant its link", async () => {
    const id = await apply("nhan@startup.example.vn");
    const placement = schemas.createPlacementSchema(messages).parse({ code: "Z93", x: "130", y: "0", width: "30", height: "30" });
    const result = await review.decideApplication(
      database.db,
      id,
      { kind: "accept", message: "Mời đơn vị lắp đặt từ 24/9.", placement },
      actor,
    );
    expect(result).toEqual({ ok: true, status: "ACCEPTED", boothCode: "Z93" });
    const application = await database.db.exhibitorApplication.findUniqueOrThrow({ where: { id }, include: { booth: true } });
    expect(application.booth).toMatchObject({
      code: "Z93",
      status: "PUBLISHED",
      exhibitorName: "Công ty Thử nghiệm nhan@startup.example.vn",
    });
    const mail = await lastMailTo("nhan@startup.example.vn");
    expect(mail.parsed.subject).toContain("đã được chấp thuận");
    expect(mail.parsed.text).toContain("Z93");
    expect(mail.parsed.text).toContain("https://tuanle.example.vn/exhibition/Z93");
    expect(mail.parsed.text).toContain("Mời đơn vị lắp đặt từ 24/9.");
    // A decided application is closed.
    expect(await review.decideApplication(database.db, id, { kind: "decline", message: "x", placement: null }, actor)).toEqual({
      ok: false,
      reason: "already-decided",
    });
  });

  it("asking for changes, then declining, each e-mails the applicant with the organisers' message", async () => {
    const id = await apply("doi@startup.example.vn");
    const asked = await review.decideApplication(
      database.db,
      id,
      { kind: "request-changes", message: "Vui lòng bổ sung ảnh sản phẩm.", placement: null },
      actor,
    );
    expect(asked).toMatchObject({ ok: true, status: "CHANGES_REQUESTED" });
    const first = await lastMailTo("doi@startup.example.vn");
    expect(first.parsed.subject).toContain("Đề nghị bổ sung");
    expect(first.parsed.text).toContain("Vui lòng bổ sung ảnh sản phẩm.");

    const declined = await review.decideApplication(
      database.db,
      id,
      { kind: "decline", message: "Đã hết chỗ.", placement: null },
      actor,
    );
    expect(declined).toMatchObject({ ok: true, status: "DECLINED", boothCode: null });
    expect((await lastMailTo("doi@startup.example.vn")).parsed.text).toContain("Đã hết chỗ.");
    const audit = await database.db.auditLog.findMany({ where: { entityId: id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((entry) => entry.action)).toEqual(["application.request-changes", "application.decline"]);
  });

  it("accepting onto an occupied spot changes nothing and sends nothing", async () => {
    const id = await apply("trung@startup.example.vn");
    const before = sink.messages.length;
    const other = await database.db.booth.findFirstOrThrow({ where: { code: "A01", edition: { year: 2025 } } });
    const placement = schemas
      .createPlacementSchema(messages)
      .parse({ code: "Z94", x: String(other.x), y: String(other.y), width: "30", height: "30" });
    const result = await review.decideApplication(database.db, id, { kind: "accept", message: "", placement }, actor);
    expect(result).toMatchObject({ ok: false, reason: "placement" });
    expect(await database.db.exhibitorApplication.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "PENDING",
      boothId: null,
    });
    await sendStoredMail(database.db);
    expect(sink.messages.length).toBe(before);
  });
});
