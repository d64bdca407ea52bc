import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-token";
import type { Database } from "@/lib/db-client";
import { useServerEnv } from "../../setup/server-env";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";

// A subject access request from a journalist or an exhibitor's contact person: the organisers download
// everything held about them as JSON (audited), and a journalist can download their own from the media link.

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));
vi.mock("@/lib/auth/request", () => ({ requestIp: async () => "10.5.5.5" }));

let database: TestDatabase;
let db: Database;
let editionId: string;
let admin: SessionUser;
const params = (id: string) => ({ params: Promise.resolve({ locale: "vi", id }) });

beforeAll(async () => {
  database = await createTestDatabase("seeded");
  db = database.db;
  useServerEnv(database.url);
  editionId = (await db.edition.findUniqueOrThrow({ where: { year: 2025 }, select: { id: true } })).id;
  const user = await db.user.create({ data: { email: "quan.tri.yeu.cau@sokhcn.gov.vn", name: "Trần Văn Quản", role: "ADMIN", passwordHash: "x" } });
  admin = { id: user.id, name: user.name, email: user.email, role: "ADMIN" };
  session.user = admin;
});

afterAll(async () => {
  await database?.drop();
});

async function journalist() {
  const accreditation = await db.pressAccreditation.create({
    data: {
      editionId,
      fullName: "Phạm Thị Phóng Viên",
      outlet: "Báo Quảng Ngãi",
      cardNumber: "QN-0042",
      email: "phong.vien.42@baoquangngai.vn",
      phone: "+84905000042",
      status: "APPROVED",
      passCode: "BC25-PV42A",
      consentNoticeVersion: "bao-chi-v1",
      consentedAt: new Date("2025-09-01T02:00:00Z"),
    },
  });
  await db.outboxMessage.create({ data: { kind: "press.pass", recipient: accreditation.email, subject: "Thẻ tác nghiệp", payload: {} } });
  await db.auditLog.create({ data: { userId: admin.id, action: "press.approve", entityType: "PressAccreditation", entityId: accreditation.id, after: { status: "APPROVED" } } });
  return accreditation;
}

describe("an organiser's download of a person's data", () => {
  it("holds the journalist's accreditation, consent, e-mails and audit events, and is audited", async () => {
    const accreditation = await journalist();
    const { GET } = await import("@/app/[locale]/admin/press/[id]/data/route");
    const response = await GET(new Request(`http://localhost:3000/admin/press/${accreditation.id}/data`), params(accreditation.id));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    const data = await response.json();
    expect(data.accreditation).toMatchObject({ fullName: "Phạm Thị Phóng Viên", cardNumber: "QN-0042", email: "phong.vien.42@baoquangngai.vn", passCode: "BC25-PV42A" });
    expect(data.consent).toMatchObject({ noticeVersion: "bao-chi-v1" });
    expect(data.emails).toEqual([expect.objectContaining({ kind: "press.pass", status: "QUEUED" })]);
    expect(data.auditEvents.map((event: { action: string }) => event.action)).toEqual(["press.approve"]);
    const audit = await db.auditLog.findFirst({ where: { action: "person.export", entityId: accreditation.id }, select: { userId: true, after: true, ipAddress: true } });
    expect(audit).toEqual({ userId: admin.id, after: { format: "json", by: "organiser" }, ipAddress: "10.5.5.5" });
  });

  it("holds the exhibitor's application, its consents and its booth", async () => {
    const booth = await db.booth.findFirstOrThrow({ where: { editionId, application: null }, select: { id: true, code: true } });
    const application = await db.exhibitorApplication.create({
      data: {
        editionId,
        organizationName: "Công ty TNHH Đổi Mới",
        category: "DIGITAL_SERVICE",
        products: "Phần mềm",
        contactName: "Lê Thị Liên Hệ",
        email: "lien.he@doimoi.vn",
        phone: "+84905000043",
        consentNoticeVersion: "gian-hang-v1",
        consentedAt: new Date("2025-08-01T02:00:00Z"),
        publishConsentAt: new Date("2025-08-01T02:00:00Z"),
        status: "ACCEPTED",
        boothId: booth.id,
      },
    });
    const { GET } = await import("@/app/[locale]/admin/booths/applications/[id]/data/route");
    const data = await (await GET(new Request("http://localhost:3000/x"), params(application.id))).json();
    expect(data.application).toMatchObject({ contactName: "Lê Thị Liên Hệ", email: "lien.he@doimoi.vn", organizationName: "Công ty TNHH Đổi Mới" });
    expect(data.consents.map((consent: { purpose: string }) => consent.purpose)).toEqual(["EXHIBITOR_APPLICATION", "PUBLISH_CONTACTS"]);
    expect(data.booth).toMatchObject({ code: booth.code });
  });

  it("is refused to a role without privacy:manage, and finds nothing for an unknown id", async () => {
    const accreditation = await db.pressAccreditation.findFirstOrThrow({ where: { passCode: "BC25-PV42A" }, select: { id: true } });
    const { GET } = await import("@/app/[locale]/admin/press/[id]/data/route");
    session.user = { ...admin, role: "CHECKIN_STAFF" };
    try {
      await expect(GET(new Request("http://localhost:3000/x"), params(accreditation.id))).rejects.toThrow();
    } finally {
      session.user = admin;
    }
    await expect(GET(new Request("http://localhost:3000/x"), params("00000000-0000-4000-8000-000000000000"))).rejects.toThrow(/NEXT_HTTP_ERROR_FALLBACK;404|NEXT_NOT_FOUND/);
  });
});

describe("a journalist's own download", () => {
  it("answers the signed media link with their data, audited, and nothing for a forged link", async () => {
    const { pressMediaToken } = await import("@/lib/press/media-access-queries");
    const { GET } = await import("@/app/[locale]/(public)/bao-chi/tu-lieu/du-lieu/route");
    const token = pressMediaToken("BC25-PV42A", 2025);
    const response = await GET(new Request(`http://localhost:3000/bao-chi/tu-lieu/du-lieu?t=${encodeURIComponent(token)}`));
    expect(response.status).toBe(200);
    expect((await response.json()).accreditation.fullName).toBe("Phạm Thị Phóng Viên");
    expect(await db.auditLog.count({ where: { action: "person.export", after: { path: ["by"], equals: "self" } } })).toBe(1);
    const forged = await GET(new Request(`http://localhost:3000/bao-chi/tu-lieu/du-lieu?t=${encodeURIComponent(token.slice(0, -2))}xx`));
    expect(forged.status).toBe(404);
  });
});
