import { describe, expect, it } from "vitest";
import { outboxMessageId, retryDelayMs } from "@/lib/mail/kinds";
import { silentOutboxRefusal } from "@/lib/mail/settings";
import { describeMailError } from "@/lib/mail/worker";

describe("a production start without an SMTP server", () => {
  const database = { DATABASE_URL: "postgresql://portal@db/portal" };

  it("is refused, saying what to set, when mail would silently become files", () => {
    expect(silentOutboxRefusal(database)).toMatch(/SMTP_HOST is not set.*MAIL_OUTBOX_DIR/);
    expect(silentOutboxRefusal({ ...database, SMTP_HOST: "" })).not.toBeNull();
  });

  it("goes ahead with an SMTP server, with a folder asked for explicitly, or on the local database", () => {
    expect(silentOutboxRefusal({ ...database, SMTP_HOST: "smtp.example.gov.vn" })).toBeNull();
    expect(silentOutboxRefusal({ ...database, MAIL_OUTBOX_DIR: "/var/lib/portal/outbox" })).toBeNull();
    expect(silentOutboxRefusal({})).toBeNull();
  });
});

describe("outbox sending rules", () => {
  it("waits twice as long after each failure, from the base, never more than an hour", () => {
    expect([1, 2, 3, 4].map((attempts) => retryDelayMs(attempts, 30_000))).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(20, 30_000)).toBe(60 * 60_000);
  });

  it("derives the Message-ID from the row and the sender's domain", () => {
    expect(outboxMessageId("6f1c", '"Tuần lễ" <no-reply@tuanle.example.gov.vn>')).toBe("<6f1c@tuanle.example.gov.vn>");
    expect(outboxMessageId("6f1c", "no-reply@dost.quangngai.gov.vn")).toBe("<6f1c@dost.quangngai.gov.vn>");
  });

  it("records the server's reply or the connection error, never more than a short line", () => {
    expect(describeMailError({ responseCode: 451, response: "451 4.3.2 Try again later" })).toBe("451 4.3.2 Try again later");
    expect(describeMailError({ code: "ESOCKET", message: "connect ECONNREFUSED 127.0.0.1:25" })).toBe("ESOCKET: connect ECONNREFUSED 127.0.0.1:25");
    expect(describeMailError({ responseCode: 550, response: `550 ${"x".repeat(1_000)}` })).toHaveLength(300);
  });
});
