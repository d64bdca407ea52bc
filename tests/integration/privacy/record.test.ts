import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-token";
import type { Database } from "@/lib/db-client";
import { delegateInput } from "../../fixtures/registration";
import { useServerEnv } from "../../setup/server-env";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";

// The record of processing counts live rows, and its PDF reads back with every Vietnamese diacritic.

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));
vi.mock("@/lib/auth/request", () => ({ requestIp: async () => "10.4.4.4" }));

let database: TestDatabase;
let db: Database;
let service: typeof import("@/lib/registration/delegate-store");
let record: typeof import("@/lib/privacy/processing-record-queries");
let admin: SessionUser;

/** Today in Quảng Ngãi ± a day, so the period holds what the test writes at the real time. */
function isoDay(offsetDays: number): string {
  return new Date(Date.now() + 7 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
}
const period = () => ({ from: new Date(`${isoDay(-1)}T00:00:00+07:00`), to: new Date(`${isoDay(2)}T00:00:00+07:00`) });

function pdfToText(pdf: Buffer): string {
  const dir = mkdtempSync(path.join(tmpdir(), "privacy-record-"));
  try {
    writeFileSync(path.join(dir, "record.pdf"), pdf);
    return execFileSync("pdftotext", ["-enc", "UTF-8", path.join(dir, "record.pdf"), "-"], { encoding: "utf8" }).normalize("NFC").replace(/\s+/g, " ");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function register(n: number, consents: { media: boolean; news: boolean }) {
  const result = await service.registerDelegate(db, {
    year: 2025,
    input: delegateInput(n, ["le-khai-mac"], { email: `ho-so-${n}@quangngai.gov.vn`, consents: { registration: true, ...consents } }),
    noticeVersion: "v1",
  });
  if (result.status !== "created") throw new Error(JSON.stringify(result));
  return result.registration.id;
}

beforeAll(async () => {
  database = await createTestDatabase("seeded");
  db = database.db;
  useServerEnv(database.url);
  service = await import("@/lib/registration/delegate-store");
  record = await import("@/lib/privacy/processing-record-queries");
  const user = await db.user.create({ data: { email: "quan.tri.ho.so@sokhcn.gov.vn", name: "Nguyễn Quản Trị", role: "ADMIN", passwordHash: "x" } });
  admin = { id: user.id, name: user.name, email: user.email, role: "ADMIN" };
});

afterAll(async () => {
  await database?.drop();
});

describe("the record's figures", () => {
  it("count the people held now, the consents withdrawn, the erasures and who exported personal data", async () => {
    const before = await record.readProcessingRecord(db, period());
    const count = (figures: typeof before, key: string) => figures.purposes.find((purpose) => purpose.key === key)!.subjectCount;

    const kept = await register(1, { media: true, news: true });
    const withdrawing = await register(2, { media: true, news: false });
    const erased = await register(3, { media: false, news: false });
    await service.withdrawConsent(db, withdrawing, "MEDIA");
    await service.eraseRegistration(db, erased);
    const { recordAudit } = await import("@/lib/audit/store");
    for (let i = 0; i < 2; i++) {
      await recordAudit(db, { userId: admin.id, action: "registration.export", entityType: "Registration", after: { format: "csv", rows: 3 } });
    }

    const after = await record.readProcessingRecord(db, period());
    expect(count(after, "registration") - count(before, "registration")).toBe(2);
    expect(count(after, "seats") - count(before, "seats")).toBe(2);
    expect(count(after, "mediaCoverage") - count(before, "mediaCoverage")).toBe(1);
    expect(count(after, "newsletter") - count(before, "newsletter")).toBe(1);
    expect(count(after, "audit")).toBeGreaterThanOrEqual(1);
    const withdrawn = (figures: typeof before, purpose: string) => figures.consentsWithdrawn.find((row) => row.purpose === purpose)?.count ?? 0;
    // The erasure withdraws the erased delegate's consent to registration; the other withdrew MEDIA.
    expect(withdrawn(after, "MEDIA") - withdrawn(before, "MEDIA")).toBe(1);
    expect(withdrawn(after, "REGISTRATION") - withdrawn(before, "REGISTRATION")).toBe(1);
    expect(after.erasures.registrations - before.erasures.registrations).toBe(1);
    expect(after.accesses).toContainEqual({ user: "Nguyễn Quản Trị <quan.tri.ho.so@sokhcn.gov.vn>", action: "registration.export", count: 2, lastAt: expect.any(Date) });
    expect(await db.registration.count({ where: { id: kept, status: "ACTIVE" } })).toBe(1);
  });

  it("leave out what happened outside the period", async () => {
    const past = await record.readProcessingRecord(db, { from: new Date("2020-01-01T00:00:00+07:00"), to: new Date("2020-02-01T00:00:00+07:00") });
    expect(past.accesses).toEqual([]);
    expect(past.consentsWithdrawn).toEqual([]);
    expect(past.erasures).toEqual({ registrations: 0, accreditations: 0, applications: 0, auditEvents: 0 });
  });
});

describe("the record as a PDF", () => {
  it("downloads for an administrator, reads back in Vietnamese with its diacritics, and is audited", async () => {
    session.user = admin;
    const { GET } = await import("@/app/[locale]/admin/privacy/record/route");
    const url = `http://localhost:3000/admin/privacy/record?from=${isoDay(-1)}&to=${isoDay(1)}`;
    const response = await GET(new Request(url), { params: Promise.resolve({ locale: "vi" }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/pdf");
    const text = pdfToText(Buffer.from(await response.arrayBuffer()));
    for (const expected of [
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
      "HỒ SƠ",
      "Ghi nhận hoạt động xử lý dữ liệu cá nhân",
      "Đăng ký tác nghiệp báo chí",
      "Sự đồng ý riêng của chủ thể dữ liệu cho hình ảnh, truyền thông",
      "Nhật ký hệ thống và an ninh",
      "Nguyễn Quản Trị",
      "Xuất danh sách đại biểu",
    ]) {
      expect(text).toContain(expected);
    }
    const audit = await db.auditLog.findFirst({ where: { action: "privacy.record-export", userId: admin.id }, select: { after: true, ipAddress: true } });
    expect(audit).toMatchObject({ after: { format: "pdf", from: isoDay(-1), to: isoDay(1) }, ipAddress: "10.4.4.4" });
  });
});
