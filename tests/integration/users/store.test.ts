import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAuditEntriesIn } from "@/lib/audit/search-queries";
import { DomainError } from "@/lib/errors";
import { changeUserRole, createUser, setUserDisabled, setUserPassword } from "@/lib/users/store";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";

let database: TestDatabase;
let adminId: string;

beforeAll(async () => {
  database = await createTestDatabase("migrated");
  ({ id: adminId } = await createUser(
    database.db,
    { name: "Quản trị viên", email: "quan.tri@sokhcn.gov.vn", role: "ADMIN", password: "bien xanh cat trang" },
    { userId: null, ip: null },
  ));
});

afterAll(async () => {
  await database.drop();
});

const actor = () => ({ userId: adminId, ip: "10.2.0.5" });

describe("user accounts", () => {
  it("records who created an account, and never the password hash", async () => {
    const { id } = await createUser(
      database.db,
      { name: "Lê Văn Tổ", email: "le.van.to@sokhcn.gov.vn", role: "ORGANIZER", password: "nui an song tra" },
      actor(),
    );
    const entry = await database.db.auditLog.findFirstOrThrow({ where: { entityId: id, action: "user.create" } });
    expect(entry).toMatchObject({ userId: adminId, entityType: "User", ipAddress: "10.2.0.5", before: null });
    expect(entry.after).toEqual({ id, name: "Lê Văn Tổ", email: "le.van.to@sokhcn.gov.vn", role: "ORGANIZER" });
    expect(JSON.stringify([entry.before, entry.after])).not.toContain("argon2");
  });

  it("refuses a second account with the same e-mail and leaves no audit trace of the attempt", async () => {
    const before = await database.db.auditLog.count();
    const attempt = createUser(
      database.db,
      { name: "Trùng", email: "le.van.to@sokhcn.gov.vn", role: "ADMIN", password: "nui an song tra" },
      actor(),
    );
    await expect(attempt).rejects.toThrow(DomainError);
    await expect(attempt).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await database.db.auditLog.count()).toBe(before);
  });

  it("logs a role change with the values before and after", async () => {
    const { id } = await createUser(
      database.db,
      { name: "Phạm Mời", email: "pham.moi@ubnd.gov.vn", role: "ORGANIZER", password: "giay moi do tham" },
      actor(),
    );
    await changeUserRole(database.db, id, "INVITATION_OFFICER", actor());
    const entry = await database.db.auditLog.findFirstOrThrow({ where: { entityId: id, action: "user.role-change" } });
    expect(entry.before).toEqual({ role: "ORGANIZER" });
    expect(entry.after).toEqual({ role: "INVITATION_OFFICER" });
  });

  it("ends the sessions of a disabled user and of one whose password is reset", async () => {
    const { id } = await createUser(
      database.db,
      { name: "Võ Đón", email: "vo.don@sokhcn.gov.vn", role: "CHECKIN_STAFF", password: "cong chao mo rong" },
      actor(),
    );
    await setUserDisabled(database.db, id, true, actor());
    await setUserPassword(database.db, id, "mat khau moi cho vo don", actor());
    const user = await database.db.user.findUniqueOrThrow({ where: { id } });
    expect(user.sessionVersion).toBe(2);
    expect(user.disabledAt).not.toBeNull();
    const actions = await database.db.auditLog.findMany({
      where: { entityId: id },
      orderBy: { id: "asc" },
      select: { action: true },
    });
    expect(actions.map((entry) => entry.action)).toEqual(["user.create", "user.disable", "user.password-reset"]);
  });
});

describe("audit log search", () => {
  it("filters by who acted, kind of record, record and day in Quảng Ngãi time", async () => {
    const everything = await listAuditEntriesIn(database.db, {});
    expect(everything.total).toBeGreaterThanOrEqual(6);

    const byAdmin = await listAuditEntriesIn(database.db, { user: adminId });
    expect(byAdmin.entries.every((entry) => entry.user?.name === "Quản trị viên")).toBe(true);
    const bySystem = await listAuditEntriesIn(database.db, { user: "system" });
    expect(bySystem.entries.map((entry) => entry.action)).toEqual(["user.create"]);

    const { id } = await database.db.user.findUniqueOrThrow({ where: { email: "pham.moi@ubnd.gov.vn" } });
    const oneRecord = await listAuditEntriesIn(database.db, { entity: "User", entityId: id });
    expect(oneRecord.entries.map((entry) => entry.action)).toEqual(["user.role-change", "user.create"]);

    await database.db.auditLog.create({
      data: { action: "session.publish", entityType: "Session", createdAt: new Date("2025-09-18T17:30:00Z") },
    });
    // 00:30 on 19/09 in Asia/Ho_Chi_Minh is still 18/09 in UTC.
    const onTheNineteenth = await listAuditEntriesIn(database.db, { from: "2025-09-19", to: "2025-09-19" });
    expect(onTheNineteenth.entries.map((entry) => entry.action)).toEqual(["session.publish"]);
    expect((await listAuditEntriesIn(database.db, { to: "2025-09-18" })).total).toBe(0);
  });

  it("pages through the log, newest first", async () => {
    for (let i = 0; i < 55; i++) {
      await database.db.auditLog.create({
        data: { action: "test.bulk", entityType: "Bulk", entityId: String(i), createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)) },
      });
    }
    const first = await listAuditEntriesIn(database.db, { entity: "Bulk" });
    const second = await listAuditEntriesIn(database.db, { entity: "Bulk", page: 2 });
    expect([first.total, first.pages, first.entries.length, second.entries.length]).toEqual([55, 2, 50, 5]);
    expect(first.entries[0]?.entityId).toBe("54");
    expect(second.entries.at(-1)?.entityId).toBe("0");
  });
});
