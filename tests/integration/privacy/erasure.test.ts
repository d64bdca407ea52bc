import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-token";
import type { Database } from "@/lib/db-client";
import { delegateInput } from "../../fixtures/registration";
import { useServerEnv } from "../../setup/server-env";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";

// A delegate's whole life in the portal, then "delete my data": afterwards no trace of their name,
// e-mail or phone is anywhere in the database — a plain-text pg_dump of all of it holds none of them.

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));
vi.mock("@/lib/auth/request", () => ({ requestIp: async () => "10.3.3.3" }));

const person = {
  fullName: "Quách Thị Xóa Dấu Vết",
  email: "xoa.dau.vet.7319@quangngai.gov.vn",
  phone: "+84936271845",
};
/** The phone as dialled in Vietnam, and its digits alone: no spelling of it may remain. */
const phoneSpellings = [person.phone, "0936271845", "936271845"];

let database: TestDatabase;
let db: Database;
let editionId: string;
let sessions: { id: string; slug: string; startsAt: Date }[];
let organiser: SessionUser;
let registrationId: string;
let service: typeof import("@/lib/registration/delegate-store");

beforeAll(async () => {
  database = await createTestDatabase("seeded");
  db = database.db;
  useServerEnv(database.url);
  service = await import("@/lib/registration/delegate-store");
  editionId = (await db.edition.findUniqueOrThrow({ where: { year: 2025 }, select: { id: true } })).id;
  sessions = await db.session.findMany({
    where: { editionId, status: "PUBLISHED", type: { not: "EXHIBITION" } },
    orderBy: { startsAt: "asc" },
    take: 2,
    select: { id: true, slug: true, startsAt: true },
  });
  await db.session.updateMany({
    where: { id: { in: sessions.map((s) => s.id) } },
    data: { capacity: 50, registrationOpen: true },
  });
  const user = await db.user.create({
    data: { email: "to.chuc.xoa@sokhcn.gov.vn", name: "Ban Tổ chức", role: "ORGANIZER", passwordHash: "x" },
  });
  organiser = { id: user.id, name: user.name, email: user.email, role: "ORGANIZER" };
});

afterAll(async () => {
  await database?.drop();
});

describe("a delegate's data from registration to erasure", () => {
  it("is all in the delegate's own export: seats, check-ins, consents and the history of changes", async () => {
    const [first, second] = sessions;
    const registered = await service.registerDelegate(db, {
      year: 2025,
      input: delegateInput(1, [first!.slug], { ...person, consents: { registration: true, media: true, news: false } }),
      noticeVersion: "v1",
    });
    if (registered.status !== "created") throw new Error(JSON.stringify(registered));
    registrationId = registered.registration.id;
    expect(await service.changeSeats(db, { registrationId, add: [second!.slug], drop: [first!.slug] })).toMatchObject({
      status: "changed",
    });

    const { recordCheckIns } = await import("@/lib/check-in/store");
    const at = new Date(second!.startsAt.getTime() + 7 * 60_000).toISOString();
    const staff = { userId: organiser.id, ip: "10.3.3.4" };
    await recordCheckIns(
      db,
      editionId,
      [{ id: randomUUID(), code: registered.registration.code, sessionId: second!.id, at }],
      staff,
    );

    const { updateRegistrationDetails } = await import("@/lib/registration/admin-store");
    await updateRegistrationDetails(
      db,
      registrationId,
      { ...person, position: "Phó Giám đốc", organization: "Sở Tư pháp", group: "GOVERNMENT", province: "Quảng Ngãi" },
      { userId: organiser.id, ip: "10.3.3.4" },
    );

    // The organiser looks the delegate up by name and exports the list: audited with that search.
    session.user = organiser;
    const { exportRegistrations } = await import("@/lib/registration/admin-exports-store");
    const file = await exportRegistrations("vi", { q: person.fullName }, "csv");
    expect(file!.content.toString()).toContain(person.fullName);

    const data = await service.exportRegistrationData(db, registrationId);
    expect(data.registration).toMatchObject({ fullName: person.fullName, email: person.email, position: "Phó Giám đốc" });
    expect(data.seats.map((seat) => [seat.session, seat.status])).toEqual([
      [first!.slug, "CANCELLED"],
      [second!.slug, "CONFIRMED"],
    ]);
    expect(data.checkIns).toEqual([{ session: second!.slug, title: expect.any(String), checkedInAt: expect.any(Date) }]);
    expect(data.consents.map((consent) => consent.purpose).sort()).toEqual(["MEDIA", "REGISTRATION"]);
    const sections = data as unknown as { invitationReplies: unknown[]; history: { action: string }[] };
    expect(sections.invitationReplies).toEqual([]);
    expect(sections.history.map((entry) => entry.action)).toEqual(
      expect.arrayContaining(["checkin.create", "registration.update"]),
    );
  });

  it("leaves none of the name, e-mail or phone anywhere in the database once erased, and keeps the counts", async () => {
    await service.eraseRegistration(db, registrationId);

    const dump = execFileSync("pg_dump", ["--no-owner", "--format=plain", database.url], {
      encoding: "utf8",
      maxBuffer: 512 * 1024 * 1024,
    });
    expect(dump).toContain("COPY public.registrations");
    for (const value of [person.fullName, person.email, ...phoneSpellings]) expect(dump).not.toContain(value);

    // The figures stay: the check-in still counts for its session, without the time of arrival.
    const second = sessions[1]!;
    const checkIns = await db.checkIn.findMany({
      where: { registrationId },
      select: { sessionId: true, checkedInAt: true, staffUserId: true },
    });
    expect(checkIns).toEqual([{ sessionId: second.id, checkedInAt: second.startsAt, staffUserId: null }]);
    // The audit log keeps every event.
    const actions = (await db.auditLog.findMany({ where: { entityId: registrationId }, select: { action: true } })).map(
      (row) => row.action,
    );
    expect(actions).toEqual(expect.arrayContaining(["checkin.create", "registration.update"]));
    expect(await db.auditLog.count({ where: { action: "registration.export" } })).toBe(1);
  });
});

describe("erasure on request through the organisers", () => {
  it("anonymises a journalist's accreditation and an exhibitor's contact, audited, leaving no value in the database", async () => {
    const { eraseAccreditation, eraseApplication } = await import("@/lib/privacy/erasure-store");
    const journalist = {
      fullName: "Lạc Văn Phóng Viên",
      email: "lac.phong.vien.5821@baoqn.example.vn",
      phone: "+84915738264",
      cardNumber: "PV-583920",
    };
    const contact = { contactName: "Mạc Thị Gian Hàng", email: "mac.gian.hang.4417@congty.example.vn", phone: "+84975318642" };
    const accreditation = await db.pressAccreditation.create({
      data: {
        editionId,
        outlet: "Báo Quảng Ngãi",
        status: "APPROVED",
        passCode: "BC25-XOA42",
        consentNoticeVersion: "t",
        consentedAt: new Date(),
        ...journalist,
      },
    });
    const application = await db.exhibitorApplication.create({
      data: {
        editionId,
        organizationName: "Công ty Xóa",
        category: "STARTUP",
        products: "Phần mềm",
        consentNoticeVersion: "t",
        consentedAt: new Date(),
        ...contact,
      },
    });
    const { recordAudit } = await import("@/lib/audit/store");
    await recordAudit(db, {
      userId: organiser.id,
      action: "accreditation.approve",
      entityType: "PressAccreditation",
      entityId: accreditation.id,
      after: journalist,
    });
    const actor = { userId: organiser.id, ip: "10.3.3.5" };

    expect(await eraseAccreditation(db, accreditation.id, actor)).toEqual({ ok: true });
    expect(await eraseApplication(db, application.id, actor)).toEqual({ ok: true });
    expect(await eraseApplication(db, application.id, actor)).toEqual({ ok: false, reason: "already-erased" });

    const dump = execFileSync("pg_dump", ["--no-owner", "--format=plain", database.url], {
      encoding: "utf8",
      maxBuffer: 512 * 1024 * 1024,
    });
    for (const value of [...Object.values(journalist), ...Object.values(contact)]) expect(dump).not.toContain(value);
    expect(
      await db.auditLog.count({ where: { action: { in: ["accreditation.erase", "application.erase"] }, userId: organiser.id } }),
    ).toBe(2);
    expect(await db.pressAccreditation.findUniqueOrThrow({ where: { id: accreditation.id } })).toMatchObject({
      outlet: "Báo Quảng Ngãi",
      status: "APPROVED",
    });
  });
});
