import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signEmailChange } from "../../../lib/registration/email-change-link";
import { delegateInput } from "../../fixtures/registration";
import { TEST_TICKET_SECRET, useServerEnv } from "../../setup/server-env";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";

// A delegate corrects their own details through the manage link; the address changes only once
// the new address has confirmed it.

let database: TestDatabase;
let service: typeof import("@/lib/registration/delegate-store");
let selfService: typeof import("@/lib/registration/self-service-store");
let next = 0;
const PORTAL_NOW = new Date("2025-09-12T08:00:00+07:00");

async function register(overrides: Parameters<typeof delegateInput>[2] = {}) {
  const result = await service.registerDelegate(database.db, { year: 2025, input: delegateInput(next++, ["le-khai-mac"], overrides), noticeVersion: "test-notice" });
  if (result.status !== "created") throw new Error(`expected a registration, got ${result.status}`);
  return result.registration.id;
}

async function emailOf(id: string) {
  return (await database.db.registration.findUniqueOrThrow({ where: { id }, select: { email: true } })).email;
}

/** The confirmation link's token from the message queued to the new address. */
async function queuedToken(to: string): Promise<string> {
  const message = await database.db.outboxMessage.findFirstOrThrow({ where: { kind: "registration.email-change", recipient: to }, select: { payload: true } });
  const token = /confirm-email\?t=([\w.-]+)/.exec((message.payload as { text: string }).text)?.[1];
  if (!token) throw new Error("no confirmation link in the message");
  return decodeURIComponent(token);
}

beforeAll(async () => {
  database = await createTestDatabase("seeded");
  useServerEnv(database.url);
  [service, selfService] = await Promise.all([import("@/lib/registration/delegate-store"), import("@/lib/registration/self-service-store")]);
});

afterAll(async () => {
  await database?.drop();
});

describe("correcting one's own details", () => {
  it("saves the corrected fields and audits them with the values before and after, the delegate as actor", async () => {
    const id = await register({ fullName: "Nguyen Van Sai", position: "Chuyên viên" });
    const before = await database.db.registration.findUniqueOrThrow({ where: { id }, select: { organization: true, phone: true } });
    const result = await selfService.correctOwnDetails(database.db, id, {
      fullName: "Nguyễn Văn Sài",
      position: "Trưởng phòng",
      organization: before.organization!,
      group: "GOVERNMENT",
      phone: before.phone!,
    });
    expect(result).toEqual({ status: "corrected" });
    const stored = await database.db.registration.findUniqueOrThrow({ where: { id }, select: { fullName: true, position: true } });
    expect(stored).toEqual({ fullName: "Nguyễn Văn Sài", position: "Trưởng phòng" });
    const audit = await database.db.auditLog.findMany({ where: { entityId: id, action: "registration.selfCorrect" }, select: { userId: true, before: true, after: true } });
    expect(audit).toEqual([
      {
        userId: null,
        before: { fullName: "Nguyen Van Sai", position: "Chuyên viên" },
        after: { fullName: "Nguyễn Văn Sài", position: "Trưởng phòng", via: "manage-link" },
      },
    ]);
  });

  it("writes and audits nothing when nothing changed", async () => {
    const id = await register();
    const row = await database.db.registration.findUniqueOrThrow({ where: { id }, select: { fullName: true, position: true, organization: true, phone: true } });
    const result = await selfService.correctOwnDetails(database.db, id, { ...row, fullName: row.fullName!, organization: row.organization!, phone: row.phone!, position: row.position ?? undefined, group: "GOVERNMENT" });
    expect(result).toEqual({ status: "unchanged" });
    expect(await database.db.auditLog.count({ where: { entityId: id, action: "registration.selfCorrect" } })).toBe(0);
  });
});

describe("changing one's own e-mail address", () => {
  it("changes nothing until the link mailed to the new address is opened; then switches, audits and tells the old address", async () => {
    const id = await register();
    const old = (await emailOf(id))!;
    const fresh = `moi-${next}@quangngai.gov.vn`;
    expect(await selfService.requestEmailChange(database.db, id, fresh)).toEqual({ status: "sent" });
    expect(await emailOf(id)).toBe(old);
    const token = await queuedToken(fresh);

    expect(await selfService.confirmEmailChange(database.db, token)).toEqual({ status: "changed", email: fresh });
    expect(await emailOf(id)).toBe(fresh);
    const audit = await database.db.auditLog.findFirstOrThrow({ where: { entityId: id, action: "registration.selfChangeEmail" }, select: { before: true, after: true } });
    expect(audit).toEqual({ before: { email: old }, after: { email: fresh, via: "manage-link" } });
    const notice = await database.db.outboxMessage.findFirstOrThrow({ where: { kind: "registration.email-changed", recipient: old }, select: { payload: true } });
    expect((notice.payload as { text: string }).text).toContain(fresh);

    // Spent: the link names the address it leaves, which is no longer the registration's.
    expect(await selfService.confirmEmailChange(database.db, token)).toEqual({ status: "invalid" });
  });

  it("refuses an expired link and a forged one, changing nothing", async () => {
    const id = await register();
    const old = (await emailOf(id))!;
    const expired = signEmailChange({ registrationId: id, from: old, to: "het-han@quangngai.gov.vn", expiresAt: new Date(PORTAL_NOW.getTime() - 1_000) }, TEST_TICKET_SECRET);
    expect(await selfService.confirmEmailChange(database.db, expired)).toEqual({ status: "expired" });
    const later = new Date(PORTAL_NOW.getTime() + 3_600_000);
    const foreign = signEmailChange({ registrationId: id, from: old, to: "gia-mao@quangngai.gov.vn", expiresAt: later }, "another-secret-that-is-long-enough-0123456789");
    expect(await selfService.confirmEmailChange(database.db, foreign)).toEqual({ status: "invalid" });
    const genuine = signEmailChange({ registrationId: id, from: old, to: "that@quangngai.gov.vn", expiresAt: later }, TEST_TICKET_SECRET);
    const [version, , signature] = genuine.split(".");
    const swapped = Buffer.from(JSON.stringify({ r: id, f: old, t: "ke-gian@quangngai.gov.vn", x: Math.floor(later.getTime() / 1000) })).toString("base64url");
    expect(await selfService.confirmEmailChange(database.db, `${version}.${swapped}.${signature}`)).toEqual({ status: "invalid" });
    expect(await emailOf(id)).toBe(old);
  });

  it("refuses an address another registration of the edition holds, when asked and when confirmed", async () => {
    const id = await register();
    const other = await register();
    const taken = (await emailOf(other))!;
    expect(await selfService.requestEmailChange(database.db, id, taken)).toEqual({ status: "taken" });
    expect(await database.db.outboxMessage.count({ where: { kind: "registration.email-change", recipient: taken } })).toBe(0);

    const wanted = `sau-nay-${next}@quangngai.gov.vn`;
    expect(await selfService.requestEmailChange(database.db, id, wanted)).toEqual({ status: "sent" });
    const token = await queuedToken(wanted);
    await register({ email: wanted });
    expect(await selfService.confirmEmailChange(database.db, token)).toEqual({ status: "taken" });
    expect(await emailOf(id)).not.toBe(wanted);
  });
});
