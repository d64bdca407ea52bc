import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "../../../lib/audit/store";
import type { Database } from "../../../lib/db-client";
import { DomainError } from "../../../lib/errors";
import { parseRegistrationFilters, type RegistrationFilters } from "../../../lib/registration/admin-filters";
import { findBackOfficeEditionIn } from "../../../lib/registration/admin-store";
import { searchRegistrationsIn } from "../../../lib/registration/admin-search-queries";
import { loadRegistrationDetail, updateRegistrationDetails } from "../../../lib/registration/admin-store";
import { cancelRegistration, changeSeats, registerDelegate } from "../../../lib/registration/delegate-store";
import { loadRegistrationStatistics } from "../../../lib/registration/statistics-queries";
import { delegateInput } from "../../fixtures/registration";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";

const WORKSHOP = "hoi-thao-chuyen-doi-so-du-lich";
const ROUND_TABLE = "toa-dam-hien-ke";

let database: TestDatabase;
let db: Database;
let editionId: string;
let next = 0;
const actor = { userId: null as unknown as string, ip: "10.0.0.1" };

async function register(sessions: string[], overrides: Parameters<typeof delegateInput>[2] = {}) {
  const result = await registerDelegate(db, { year: 2025, input: delegateInput(next++, sessions, overrides), noticeVersion: "v1" });
  if (result.status !== "created") throw new Error(JSON.stringify(result));
  return result.registration;
}

function search(filters: RegistrationFilters) {
  return searchRegistrationsIn(db, editionId, filters);
}

const names = (result: Awaited<ReturnType<typeof search>>) => result.rows.map((row) => row.fullName);

beforeAll(async () => {
  database = await createTestDatabase("seeded");
  db = database.db;
  await db.session.updateMany({ where: { slug: { in: [WORKSHOP, ROUND_TABLE] }, edition: { year: 2025 } }, data: { capacity: 100, registrationOpen: true } });
  editionId = (await findBackOfficeEditionIn(db))!.id;
});

afterAll(async () => {
  await database?.drop();
});

describe("the registration list", () => {
  let duc: { id: string; code: string };

  beforeAll(async () => {
    duc = await register([WORKSHOP], { fullName: "Nguyễn Văn Đức", organization: "Trường Đại học Phạm Văn Đồng", phone: "+84912345678", group: "ACADEMIA" });
    await register([ROUND_TABLE], { fullName: "Trần Thị Hồng", organization: "Công ty Cổ phần Đức Phát", group: "ENTERPRISE" });
  });

  it('finds "Nguyễn Văn Đức" when typing "nguyen van duc", in any order and case', async () => {
    expect(names(await search({ q: "nguyen van duc" }))).toEqual(["Nguyễn Văn Đức"]);
    expect(names(await search({ q: "ĐỨC NGUYỄN" }))).toEqual(["Nguyễn Văn Đức"]);
  });

  it("searches organisation, e-mail, code and the phone as people type it", async () => {
    expect(names(await search({ q: "pham van dong" }))).toEqual(["Nguyễn Văn Đức"]);
    expect(names(await search({ q: "duc phat" }))).toEqual(["Trần Thị Hồng"]);
    expect(names(await search({ q: duc.code.toLowerCase() }))).toEqual(["Nguyễn Văn Đức"]);
    expect(names(await search({ q: "0912 345 678" }))).toEqual(["Nguyễn Văn Đức"]);
    expect(names(await search({ q: "0912.345.678" }))).toEqual(["Nguyễn Văn Đức"]);
  });

  it("filters by session, group, seat status and check-in, and sorts by name", async () => {
    const workshop = await db.session.findFirstOrThrow({ where: { slug: WORKSHOP, edition: { year: 2025 } }, select: { id: true } });
    expect(names(await search({ q: "duc", session: workshop.id }))).toEqual(["Nguyễn Văn Đức"]);
    expect(names(await search({ q: "duc", group: "ENTERPRISE" }))).toEqual(["Trần Thị Hồng"]);
    expect(names(await search({ q: "duc", seat: "WAITLISTED" }))).toEqual([]);
    expect(names(await search({ q: "duc", checkedIn: "yes" }))).toEqual([]);
    await db.checkIn.create({ data: { registrationId: duc.id, sessionId: workshop.id } });
    expect(names(await search({ q: "duc", checkedIn: "yes", session: workshop.id }))).toEqual(["Nguyễn Văn Đức"]);
    expect(names(await search({ q: "duc", checkedIn: "no" }))).toEqual(["Trần Thị Hồng"]);
    expect(names(await search({ q: "duc", sort: "name" }))).toEqual(["Nguyễn Văn Đức", "Trần Thị Hồng"]);
  });

  it("lists the confirmations not sent yet and the addresses whose mail server refused ours", async () => {
    await db.registration.updateMany({ where: { edition: { year: 2025 } }, data: { confirmationMailedAt: new Date() } });
    expect(names(await search({ q: "duc", mail: "unsent" }))).toEqual([]);
    await db.registration.update({ where: { id: duc.id }, data: { confirmationMailedAt: null } });
    expect(names(await search({ q: "duc", mail: "unsent" }))).toEqual(["Nguyễn Văn Đức"]);
    expect(names(await search({ q: "duc", mail: "refused" }))).toEqual([]);
    const hong = await db.registration.findFirstOrThrow({ where: { fullName: "Trần Thị Hồng" } });
    await db.registration.update({ where: { id: hong.id }, data: { mailRefusedAt: new Date() } });
    expect(names(await search({ q: "duc", mail: "refused" }))).toEqual(["Trần Thị Hồng"]);
    expect(parseRegistrationFilters({ mail: "refused" }).filters).toEqual({ mail: "refused" });
  });

  it("drops a filter value that does not parse instead of failing the page", () => {
    expect(parseRegistrationFilters({ q: " duc ", group: "NOPE", page: "2" })).toEqual({ filters: { q: "duc", page: 2 }, ignored: true });
  });
});

describe("organisers acting on one registration", () => {
  it("correct the details, audited with before and after; another delegate's e-mail is refused", async () => {
    const mine = await register([WORKSHOP]);
    const other = await register([WORKSHOP]);
    const input = { fullName: "Lê Văn Tám", position: "Phó Giám đốc", organization: "Sở Tài chính", group: "GOVERNMENT" as const, email: "le.van.tam@quangngai.gov.vn", phone: "+84905000111", province: "Quảng Ngãi" };
    await updateRegistrationDetails(db, mine.id, input, actor);
    const detail = await loadRegistrationDetail(db, mine.id);
    expect(detail).toMatchObject({ fullName: "Lê Văn Tám", email: "le.van.tam@quangngai.gov.vn" });
    expect(detail!.auditEntries[0]).toMatchObject({ action: "registration.update", after: { fullName: "Lê Văn Tám" }, before: { position: "Chuyên viên" } });
    const otherEmail = (await db.registration.findUniqueOrThrow({ where: { id: other.id }, select: { email: true } })).email!;
    await expect(updateRegistrationDetails(db, mine.id, { ...input, email: otherEmail }, actor)).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("move a delegate under the seat rules: a full session puts them on its wait list", async () => {
    await db.$executeRaw`UPDATE sessions SET capacity = seats_taken WHERE slug = ${ROUND_TABLE}`;
    const mover = await register([WORKSHOP]);
    const result = await changeSeats(db, {
      registrationId: mover.id,
      add: [ROUND_TABLE],
      drop: [WORKSHOP],
      record: (tx) => recordAudit(tx, { ...actor, action: "registration.move", entityType: "Registration", entityId: mover.id }),
    });
    expect(result).toMatchObject({ status: "changed", added: [{ session: ROUND_TABLE, status: "waitlisted" }], dropped: [WORKSHOP] });
    expect((await loadRegistrationDetail(db, mover.id))!.auditEntries.map((entry) => entry.action)).toContain("registration.move");
    await db.session.updateMany({ where: { slug: ROUND_TABLE, edition: { year: 2025 } }, data: { capacity: 100 } });
  });

  it("cancel a registration with its audit record in the same transaction", async () => {
    const leaving = await register([WORKSHOP]);
    await expect(
      cancelRegistration(db, leaving.id, async (tx) => {
        await recordAudit(tx, { ...actor, action: "registration.cancel", entityType: "Registration", entityId: leaving.id });
        throw new DomainError("INVALID_STATE", "the audit failed");
      }),
    ).rejects.toThrow("the audit failed");
    expect((await db.registration.findUniqueOrThrow({ where: { id: leaving.id } })).status).toBe("ACTIVE");
    await cancelRegistration(db, leaving.id, (tx) => recordAudit(tx, { ...actor, action: "registration.cancel", entityType: "Registration", entityId: leaving.id }));
    const detail = await loadRegistrationDetail(db, leaving.id);
    expect(detail).toMatchObject({ status: "CANCELLED", seats: [] });
    expect(detail!.auditEntries.map((entry) => entry.action)).toEqual(["registration.cancel"]);
  });
});

describe("the registration dashboard", () => {
  it("counts registrations, seats per session, wait lists, check-ins and the breakdowns", async () => {
    const before = await loadRegistrationStatistics(db, editionId);
    const arriving = await register([WORKSHOP], { province: "Đà Nẵng", group: "PRESS" });
    const workshop = await db.session.findFirstOrThrow({ where: { slug: WORKSHOP, edition: { year: 2025 } }, select: { id: true } });
    await db.checkIn.create({ data: { registrationId: arriving.id, sessionId: workshop.id } });
    const after = await loadRegistrationStatistics(db, editionId);
    expect(after.totals.active).toBe(before.totals.active + 1);
    expect(after.totals.checkedIn).toBe(before.totals.checkedIn + 1);
    const fill = (stats: typeof after) => stats.sessions.find((session) => session.id === workshop.id)!;
    expect(fill(after)).toMatchObject({ confirmed: fill(before).confirmed + 1, checkedIn: fill(before).checkedIn + 1, capacity: 100 });
    const count = (rows: { key: string; count: number }[], key: string) => rows.find((row) => row.key === key)?.count ?? 0;
    expect(count(after.groups, "PRESS")).toBe(count(before.groups, "PRESS") + 1);
    expect(count(after.provinces, "Đà Nẵng")).toBe(count(before.provinces, "Đà Nẵng") + 1);
    expect(after.perDay.reduce((sum, day) => sum + day.count, 0)).toBe(before.perDay.reduce((sum, day) => sum + day.count, 0) + 1);
  });
});
