import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { delegateInput } from "../../fixtures/registration";
import { sendQueuedMail } from "../../setup/mail-worker";
import { startSmtpSink, type SmtpSink } from "../../setup/smtp-sink";
import { useServerEnv } from "../../setup/server-env";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";

// The manage link is computed again, never stored: a repeated registration and "send my link again"
// mail the link the delegate already has, and the owner gets at most one "already registered" e-mail a day.

let database: TestDatabase;
let sink: SmtpSink;
let service: typeof import("@/lib/registration/delegate-store");
let already: typeof import("@/lib/registration/already-registered-store");
let linkRequest: typeof import("@/lib/registration/link-request-store");
let manageLink: typeof import("@/lib/registration/manage-link-store");
let next = 0;

async function register(email = `lien-ket-${next}@quangngai.gov.vn`) {
  const result = await service.registerDelegate(database.db, { year: 2025, input: delegateInput(next++, ["le-khai-mac"], { email }), noticeVersion: "test-notice" });
  if (result.status !== "created") throw new Error(`expected a new registration, got ${result.status}`);
  return result;
}

function duplicateNotices(registrationId: string) {
  return database.db.outboxMessage.count({ where: { registrationId, kind: "registration.manage-link", payload: { path: ["reason"], equals: "duplicate" } } });
}

function linkIn(text: string | undefined): string | undefined {
  return /\/my-registration\/([A-Za-z0-9_-]{43})/.exec(text ?? "")?.[1];
}

beforeAll(async () => {
  database = await createTestDatabase("seeded");
  sink = await startSmtpSink();
  useServerEnv(database.url, sink.env);
  [service, already, linkRequest, manageLink] = await Promise.all([
    import("@/lib/registration/delegate-store"),
    import("@/lib/registration/already-registered-store"),
    import("@/lib/registration/link-request-store"),
    import("@/lib/registration/manage-link-store"),
  ]);
});

afterAll(async () => {
  (await import("@/lib/mail/send")).closeMailTransports();
  await sink?.close();
  await database?.drop();
});

describe("a repeated registration", () => {
  it("mails the owner the link they already have, which keeps working", async () => {
    const created = await register("trung.lap@quangngai.gov.vn");
    const again = await service.registerDelegate(database.db, { year: 2025, input: delegateInput(999, ["le-khai-mac"], { email: "trung.lap@quangngai.gov.vn" }), noticeVersion: "test-notice" });
    expect(again).toEqual({ status: "duplicate", registrationId: created.registration.id });
    expect(await already.notifyAlreadyRegistered(database.db, created.registration.id)).toBe(true);
    await sendQueuedMail(database.db);
    const notice = sink.messages.find((message) => message.to.includes("trung.lap@quangngai.gov.vn") && /^Đường dẫn quản lý/.test(message.parsed.subject ?? ""));
    expect(notice?.parsed.text).toContain("Ông/Bà đã đăng ký từ trước nên không có đăng ký mới nào được tạo");
    expect(linkIn(notice?.parsed.text)).toBe(created.manageToken);
    expect((await service.findRegistrationByManageToken(database.db, created.manageToken))?.id).toBe(created.registration.id);
  });

  it("tells the owner at most once in 24 hours, even when attempts arrive together", async () => {
    const created = await register();
    const outcomes = await Promise.all(Array.from({ length: 6 }, () => already.notifyAlreadyRegistered(database.db, created.registration.id)));
    expect(outcomes.filter(Boolean)).toHaveLength(1);
    expect(await duplicateNotices(created.registration.id)).toBe(1);
    // A day later the owner may be told again.
    await database.db.outboxMessage.updateMany({ where: { registrationId: created.registration.id }, data: { createdAt: new Date(Date.now() - 25 * 3600_000) } });
    expect(await already.notifyAlreadyRegistered(database.db, created.registration.id)).toBe(true);
    expect(await duplicateNotices(created.registration.id)).toBe(2);
  });

  it("does not count the owner's own requests for the link against the daily notice", async () => {
    const created = await register("tu.yeu.cau@quangngai.gov.vn");
    expect(await linkRequest.resendManageLink(database.db, "tu.yeu.cau@quangngai.gov.vn")).toBe("sent");
    expect(await already.notifyAlreadyRegistered(database.db, created.registration.id)).toBe(true);
  });
});

describe("links made before derived links", () => {
  it("are moved once to a derived link when mailed again, which then stays the same", async () => {
    const created = await register();
    const { hashManageToken } = await import("@/lib/registration/manage-token");
    const oldToken = randomBytes(32).toString("base64url");
    await database.db.registration.update({ where: { id: created.registration.id }, data: { manageTokenHash: hashManageToken(oldToken) } });
    expect((await service.findRegistrationByManageToken(database.db, oldToken))?.id).toBe(created.registration.id);
    const first = await manageLink.currentManageToken(database.db, created.registration.id);
    expect(first).not.toBe(oldToken);
    expect(await service.findRegistrationByManageToken(database.db, oldToken)).toBeNull();
    expect(await manageLink.currentManageToken(database.db, created.registration.id)).toBe(first);
    const row = await database.db.registration.findUniqueOrThrow({ where: { id: created.registration.id }, select: { manageLinkVersion: true } });
    expect(row.manageLinkVersion).toBe(2);
  });

  it("a deliberate new link replaces the old one; an erased registration has no link to compute", async () => {
    const created = await register();
    const fresh = await manageLink.rotateManageToken(database.db, created.registration.id);
    expect(fresh).not.toBe(created.manageToken);
    expect(await manageLink.currentManageToken(database.db, created.registration.id)).toBe(fresh);
    await service.eraseRegistration(database.db, created.registration.id);
    await expect(manageLink.currentManageToken(database.db, created.registration.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await service.findRegistrationByManageToken(database.db, fresh)).toBeNull();
  });
});
