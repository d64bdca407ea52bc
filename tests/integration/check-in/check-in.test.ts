import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../lib/db-client";
import { loadRoster, recordCheckIns, ticketDigest } from "../../../lib/check-in/store";
import { findBackOfficeEditionIn } from "../../../lib/registration/admin-store";
import { registerDelegate } from "../../../lib/registration/service";
import { signTicket } from "../../../lib/tickets/token";
import { delegateInput } from "../../fixtures/registration";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";

const SECRET = "s".repeat(40);
const OPENING = "le-khai-mac";

let database: TestDatabase;
let db: Database;
let edition: { id: string; year: number };
let sessionId: string;
let staff: { userId: string; ip: string };

beforeAll(async () => {
  database = await createTestDatabase("seeded");
  db = database.db;
  edition = (await findBackOfficeEditionIn(db))!;
  sessionId = (await db.session.findFirstOrThrow({ where: { slug: OPENING, editionId: edition.id }, select: { id: true } })).id;
  await db.session.update({ where: { id: sessionId }, data: { capacity: 50, registrationOpen: true } });
  const user = await db.user.create({ data: { email: "don.tiep@sokhcn.gov.vn", name: "Cán bộ đón tiếp", role: "CHECKIN_STAFF", passwordHash: "x" }, select: { id: true } });
  staff = { userId: user.id, ip: "10.1.1.1" };
});

afterAll(async () => {
  await database?.drop();
});

async function register(n: number) {
  const result = await registerDelegate(db, { year: edition.year, input: delegateInput(n, [OPENING]), noticeVersion: "v1" });
  if (result.status !== "created") throw new Error(JSON.stringify(result));
  return result.registration;
}

describe("the check-in roster", () => {
  it("knows each delegate by the digest of their signed ticket, so only genuine tickets match", async () => {
    const { code } = await register(1);
    const roster = await loadRoster(db, edition, SECRET);
    const genuine = signTicket({ kind: "R", subject: code, year: edition.year }, SECRET);
    const digests = new Set(roster.entries.map((entry) => entry.ticketDigest));
    expect(digests.has(ticketDigest(genuine))).toBe(true);
    expect(digests.has(ticketDigest(signTicket({ kind: "R", subject: code, year: edition.year }, "f".repeat(40))))).toBe(false);
    const altered = genuine.slice(0, -1) + (genuine.endsWith("A") ? "B" : "A");
    expect(digests.has(ticketDigest(altered))).toBe(false);
    expect(JSON.stringify(roster)).not.toContain(SECRET);
  });
});

describe("recording check-ins from a device's queue", () => {
  it("stores a queued event once however often it is sent, with the staff member and the scan time", async () => {
    const { id, code } = await register(2);
    const event = { id: randomUUID(), code, sessionId, at: new Date(Date.now() - 60_000).toISOString() };
    expect(await recordCheckIns(db, edition.id, [event], staff)).toEqual([{ id: event.id, status: "recorded", checkedInAt: event.at }]);
    expect(await recordCheckIns(db, edition.id, [event], staff)).toEqual([{ id: event.id, status: "recorded", checkedInAt: event.at }]);
    const rows = await db.checkIn.findMany({ where: { registrationId: id }, select: { staffUserId: true, checkedInAt: true } });
    expect(rows).toEqual([{ staffUserId: staff.userId, checkedInAt: new Date(event.at) }]);
    expect(await db.auditLog.count({ where: { action: "checkin.create", entityId: id } })).toBe(1);
  });

  it("answers another device's scan of the same delegate with the first check-in's time", async () => {
    const { code } = await register(3);
    const first = { id: randomUUID(), code, sessionId, at: new Date(Date.now() - 120_000).toISOString() };
    const second = { ...first, id: randomUUID(), at: new Date().toISOString() };
    await recordCheckIns(db, edition.id, [first], staff);
    expect(await recordCheckIns(db, edition.id, [second], staff)).toEqual([{ id: second.id, status: "already", checkedInAt: first.at }]);
  });

  it("answers an unknown code as unknown without writing anything", async () => {
    const event = { id: randomUUID(), code: "QN25-ZZZZZ", sessionId, at: new Date().toISOString() };
    expect(await recordCheckIns(db, edition.id, [event], staff)).toEqual([{ id: event.id, status: "unknown" }]);
  });
});
