import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "@/lib/audit/store";
import type { Database } from "@/lib/db-client";
import { planRetention, runRetention } from "@/lib/privacy/retention-store";
import { REDACTED } from "@/lib/privacy/rules";
import { registerDelegate } from "@/lib/registration/delegate-store";
import { delegateInput } from "../../fixtures/registration";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";

// The notices promise deletion 12 months after the Week: the 2025 Week ends on 26/09/2025, so its
// personal data is due from 27/09/2026 00:00 in Quảng Ngãi (26/09/2026 17:00 UTC), and not a minute before.

const BEFORE = new Date("2026-09-26T16:59:00Z");
const DUE = new Date("2026-09-26T17:00:00Z");

let database: TestDatabase;
let db: Database;
let editionId: string;
let admin: { userId: string; ip: string };
const person = { fullName: "Hoàng Lưu Trữ Hết Hạn", email: "het.han.luu.tru@quangngai.gov.vn", phone: "+84986420135" };
let ids: { registration: string; code: string; accreditation: string; application: string };

beforeAll(async () => {
  database = await createTestDatabase("seeded");
  db = database.db;
  editionId = (await db.edition.findUniqueOrThrow({ where: { year: 2025 }, select: { id: true } })).id;
  const user = await db.user.create({
    data: { email: "quan.tri.luu.tru@sokhcn.gov.vn", name: "Quản trị", role: "ADMIN", passwordHash: "x" },
  });
  admin = { userId: user.id, ip: "10.0.0.9" };
  await db.session.updateMany({ where: { editionId, slug: "le-khai-mac" }, data: { capacity: 50, registrationOpen: true } });
  const registered = await registerDelegate(db, {
    year: 2025,
    input: delegateInput(1, ["le-khai-mac"], person),
    noticeVersion: "v1",
  });
  if (registered.status !== "created") throw new Error(JSON.stringify(registered));
  // Registered during the Week's run-up (the machine's own clock may be past the dates this test uses).
  await db.consent.updateMany({
    where: { registrationId: registered.registration.id },
    data: { givenAt: new Date("2025-09-12T01:00:00Z") },
  });
  // An organiser's correction, audited with the personal values before and after.
  await recordAudit(db, {
    userId: user.id,
    action: "registration.update",
    entityType: "Registration",
    entityId: registered.registration.id,
    before: { fullName: "Hoàng Lưu Trữ", phone: person.phone },
    after: { fullName: person.fullName, phone: person.phone, group: "GOVERNMENT" },
  });
  const accreditation = await db.pressAccreditation.create({
    data: {
      editionId,
      fullName: person.fullName,
      outlet: "Báo Quảng Ngãi",
      cardNumber: "HH-2468",
      email: person.email,
      phone: person.phone,
      status: "APPROVED",
      passCode: "BC25-HH246",
      consentNoticeVersion: "press-test",
      consentedAt: new Date(),
    },
  });
  const application = await db.exhibitorApplication.create({
    data: {
      editionId,
      organizationName: "Công ty Lưu Trữ",
      category: "STARTUP",
      products: "Phần mềm",
      contactName: person.fullName,
      email: person.email,
      phone: person.phone,
      consentNoticeVersion: "exhibitor-test",
      consentedAt: new Date(),
    },
  });
  ids = {
    registration: registered.registration.id,
    code: registered.registration.code,
    accreditation: accreditation.id,
    application: application.id,
  };
});

afterAll(async () => {
  await database?.drop();
});

const of2025 = <T extends { edition: { year: number } }>(plan: T[]) => plan.find((item) => item.edition.year === 2025);

describe("the retention run", () => {
  it("lists nothing of the 2025 Week the day before its period ends", async () => {
    expect(of2025(await planRetention(db, BEFORE))).toBeUndefined();
    expect(
      of2025(await runRetention(db, BEFORE, admin).then((results) => results.map((r) => ({ edition: { year: r.year } })))),
    ).toBeUndefined();
    expect((await db.registration.findUniqueOrThrow({ where: { id: ids.registration } })).fullName).toBe(person.fullName);
  });

  it("lists, in its dry run, what it would anonymise once the period is over, naming no one", async () => {
    const item = of2025(await planRetention(db, DUE));
    expect(item?.dueAt).toEqual(DUE);
    expect(item?.registrations.map((row) => row.label)).toContain(ids.code);
    expect(item?.accreditations.map((row) => row.id)).toContain(ids.accreditation);
    expect(item?.applications.map((row) => row.label)).toContain("Công ty Lưu Trữ");
    expect(JSON.stringify(item)).not.toContain(person.fullName);
    // A dry run changes nothing.
    expect((await db.registration.findUniqueOrThrow({ where: { id: ids.registration } })).email).toBe(person.email);
  });

  it("anonymises registrations, accreditations and applications, redacts their audit records, and is audited", async () => {
    const results = await runRetention(db, DUE, admin);
    const result = results.find((row) => row.year === 2025);
    expect(result?.registrations).toBeGreaterThanOrEqual(1);
    expect(result).toMatchObject({ accreditations: 1, applications: 1 });

    expect(await db.registration.findUniqueOrThrow({ where: { id: ids.registration } })).toMatchObject({
      status: "ERASED",
      fullName: null,
      email: null,
      phone: null,
      code: ids.code,
      erasedAt: DUE,
    });
    expect(await db.seat.count({ where: { registrationId: ids.registration } })).toBeGreaterThan(0);
    expect(await db.pressAccreditation.findUniqueOrThrow({ where: { id: ids.accreditation } })).toMatchObject({
      fullName: "",
      cardNumber: "",
      phone: "",
      outlet: "Báo Quảng Ngãi",
      anonymizedAt: DUE,
    });
    expect(await db.exhibitorApplication.findUniqueOrThrow({ where: { id: ids.application } })).toMatchObject({
      contactName: "",
      email: "",
      phone: "",
      organizationName: "Công ty Lưu Trữ",
      anonymizedAt: DUE,
    });

    const correction = await db.auditLog.findFirstOrThrow({
      where: { action: "registration.update", entityId: ids.registration },
    });
    expect(correction.before).toEqual({ fullName: REDACTED, phone: REDACTED });
    expect(correction.after).toEqual({ fullName: REDACTED, phone: REDACTED, group: "GOVERNMENT" });
    const run = await db.auditLog.findFirstOrThrow({ where: { action: "privacy.retention", entityId: editionId } });
    expect(run).toMatchObject({ userId: admin.userId, ipAddress: admin.ip });

    const everything = JSON.stringify(
      await Promise.all([
        db.registration.findMany({ where: { editionId } }),
        db.pressAccreditation.findMany({ where: { editionId } }),
        db.exhibitorApplication.findMany({ where: { editionId } }),
        db.auditLog.findMany(),
      ]),
      (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value),
    );
    for (const value of Object.values(person)) expect(everything).not.toContain(value);
  });

  it("finds nothing left to do on a second run", async () => {
    expect(of2025(await planRetention(db, DUE))).toBeUndefined();
    expect((await runRetention(db, DUE, admin)).find((row) => row.year === 2025)).toBeUndefined();
  });
});
