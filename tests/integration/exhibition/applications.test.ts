import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APPLICATION_NOTICE_VERSION, receiveExhibitorApplication } from "@/lib/exhibition/application-store";
import { exhibitorApplicationSchema } from "@/lib/exhibition/schema";
import { closeMailTransports } from "@/lib/mail/send";
import { sendStoredMail } from "../../setup/mail-worker";
import { startSmtpSink, type SmtpSink } from "../../setup/smtp-sink";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";

// An exhibitor applies for a booth: the application is stored for the organisers and its
// acknowledgement queued with it, then sent by the outbox over real SMTP to a sink.

let database: TestDatabase;
let sink: SmtpSink;
const savedEnv = { ...process.env };

function application(email: string) {
  return exhibitorApplicationSchema.parse({
    organizationName: "Hợp tác xã Nông nghiệp số Nghĩa Hành (thử nghiệm)",
    category: "AGRICULTURE_SOLUTION",
    products: "Tem truy xuất nguồn gốc\nNhật ký canh tác điện tử",
    contactName: "Trần Thị Mai",
    email,
    phone: "0905 123 456",
    needs: "Một bàn, ổ điện",
    consent: true,
  });
}

beforeAll(async () => {
  [database, sink] = await Promise.all([createTestDatabase("seeded"), startSmtpSink()]);
  Object.assign(process.env, sink.env, { MAIL_FROM: '"Tuần lễ ĐMST & CĐS Quảng Ngãi" <no-reply@tuanle.example.vn>' });
});

afterAll(async () => {
  process.env = savedEnv;
  closeMailTransports();
  await sink?.close();
  await database?.drop();
});

describe("an exhibitor application", () => {
  it("is stored as pending for the current edition, in its normal form", async () => {
    const result = await receiveExhibitorApplication(database.db, application("Mai.Tran@HTX.example.vn"), { noticeVersion: APPLICATION_NOTICE_VERSION, at: new Date() });
    expect(result).toMatchObject({ status: "received" });
    if (result.status !== "received") return;
    const stored = await database.db.exhibitorApplication.findUniqueOrThrow({
      where: { id: result.applicationId },
      include: { edition: { select: { year: true } } },
    });
    expect(stored).toMatchObject({
      status: "PENDING",
      edition: { year: 2025 },
      organizationName: "Hợp tác xã Nông nghiệp số Nghĩa Hành (thử nghiệm)",
      category: "AGRICULTURE_SOLUTION",
      email: "mai.tran@htx.example.vn",
      phone: "+84905123456",
      boothId: null,
      decidedAt: null,
      consentNoticeVersion: APPLICATION_NOTICE_VERSION,
    });
    expect(Date.now() - stored.consentedAt.getTime()).toBeLessThan(60_000);
  });

  it("is acknowledged to the applicant by a Vietnamese e-mail that repeats the application", async () => {
    await sendStoredMail(database.db);
    const { parsed } = await sink.waitFor("mai.tran@htx.example.vn");
    expect(parsed.subject).toBe("Đã nhận đơn đăng ký gian hàng của Hợp tác xã Nông nghiệp số Nghĩa Hành (thử nghiệm)");
    expect(parsed.from?.value[0]?.address).toBe("no-reply@tuanle.example.vn");
    expect(parsed.text).toContain("Kính gửi Trần Thị Mai,");
    expect(parsed.text).toContain("tại Triển lãm công nghệ số và sản phẩm đổi mới sáng tạo");
    expect(parsed.text).toContain("- Lĩnh vực: Giải pháp nông nghiệp số");
    expect(parsed.text).toContain("- Sản phẩm, giải pháp: Tem truy xuất nguồn gốc; Nhật ký canh tác điện tử");
    expect(parsed.html).toContain("Kính gửi Trần Thị Mai,");
  });

  it("queues its acknowledgement in the same transaction: an application that cannot be stored leaves no e-mail", async () => {
    const queued = await database.db.outboxMessage.count({ where: { kind: "exhibition.application-received" } });
    // Over the column's limit: the insert fails, and the acknowledgement with it.
    await expect(receiveExhibitorApplication(database.db, { ...application("qua-dai@example.vn"), category: "NOT_A_CATEGORY" as never }, { noticeVersion: APPLICATION_NOTICE_VERSION, at: new Date() })).rejects.toThrow();
    expect(await database.db.outboxMessage.count({ where: { kind: "exhibition.application-received" } })).toBe(queued);
    expect(await database.db.outboxMessage.count({ where: { recipient: "qua-dai@example.vn" } })).toBe(0);
  });

  it("is refused, and nothing stored or sent, once the edition is archived", async () => {
    await database.db.edition.update({ where: { year: 2025 }, data: { status: "ARCHIVED" } });
    try {
      const before = await database.db.exhibitorApplication.count();
      expect(await receiveExhibitorApplication(database.db, application("late@example.vn"), { noticeVersion: APPLICATION_NOTICE_VERSION, at: new Date() })).toEqual({ status: "closed" });
      expect(await database.db.exhibitorApplication.count()).toBe(before);
      expect(await database.db.outboxMessage.count({ where: { recipient: "late@example.vn" } })).toBe(0);
    } finally {
      await database.db.edition.update({ where: { year: 2025 }, data: { status: "PUBLISHED" } });
    }
  });
});
