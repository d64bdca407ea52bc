import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../lib/db-client";
import { matchKeysOf, searchRoster } from "../../../lib/check-in/rules";
import { loadRoster, recordCheckIns, recordRosterDownload, ticketDigest } from "../../../lib/check-in/store";
import { findBackOfficeEditionIn } from "../../../lib/registration/admin-store";
import { loadRegistrationStatistics } from "../../../lib/registration/statistics-queries";
import { registerDelegate } from "../../../lib/registration/delegate-store";
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
  const user = await db.user.create({
    data: { email: "don.tiep@sokhcn.gov.vn", name: "Cán bộ đón tiếp", role: "CHECKIN_STAFF", passwordHash: "x" },
    select: { id: true },
  });
  staff = { userId: user.id, ip: "10.1.1.1" };
});

afterAll(async () => {
  await database?.drop();
});

async function register(n: number, overrides: { phone?: string } = {}) {
  const input = { ...delegateInput(n, [OPENING]), ...overrides };
  const result = await registerDelegate(db, { year: edition.year, input, noticeVersion: "v1" });
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

  it("carries no phone number to read, yet finds a delegate by the whole number typed at the door", async () => {
    const { code } = await register(4, { phone: "+84977246813" });
    const phone = (await db.registration.findFirstOrThrow({ where: { code }, select: { phone: true } })).phone!;
    expect(phone).toBe("+84977246813");
    const roster = await loadRoster(db, edition, SECRET);
    const text = JSON.stringify(roster);
    const registered = await db.registration.findMany({
      where: { editionId: edition.id, phone: { not: null } },
      select: { phone: true },
    });
    for (const { phone: stored } of registered) expect(text).not.toContain(stored!.slice(3));
    expect(text).not.toMatch(/"(phone|position|email|cardNumber)"/);
    const typed = `0${phone.slice(3)}`;
    const found = searchRoster(roster.entries, typed, await matchKeysOf(roster.matchSalt, typed));
    expect(found.map((entry) => entry.code)).toEqual([code]);
    // Each download draws its own salt: keys copied from one match nothing in the next.
    const next = await loadRoster(db, edition, SECRET);
    expect(next.matchSalt).not.toBe(roster.matchSalt);
    expect(searchRoster(next.entries, typed, await matchKeysOf(roster.matchSalt, typed))).toEqual([]);
  });

  it("records each download with the user, the device and the address", async () => {
    const roster = await loadRoster(db, edition, SECRET);
    const device = { id: randomUUID(), userAgent: "Mozilla/5.0 (Linux; Android 14) Station" };
    await recordRosterDownload(db, edition, roster, staff, device);
    const row = await db.auditLog.findFirstOrThrow({
      where: { action: "checkin.roster-download", userId: staff.userId },
      orderBy: { createdAt: "desc" },
    });
    expect(row).toMatchObject({ entityType: "Edition", entityId: edition.id, ipAddress: staff.ip });
    expect(row.after).toEqual({
      year: edition.year,
      entries: roster.entries.length,
      device: device.id,
      userAgent: device.userAgent,
    });
  });
});

describe("recording check-ins from a device's queue", () => {
  it("stores a queued event once however often it is sent, with the staff member and the scan time", async () => {
    const { id, code } = await register(2);
    const event = { id: randomUUID(), code, sessionId, at: new Date(Date.now() - 60_000).toISOString() };
    expect(await recordCheckIns(db, edition.id, [event], staff)).toEqual([
      { id: event.id, status: "recorded", checkedInAt: event.at },
    ]);
    expect(await recordCheckIns(db, edition.id, [event], staff)).toEqual([
      { id: event.id, status: "recorded", checkedInAt: event.at },
    ]);
    const rows = await db.checkIn.findMany({ where: { registrationId: id }, select: { staffUserId: true, checkedInAt: true } });
    expect(rows).toEqual([{ staffUserId: staff.userId, checkedInAt: new Date(event.at) }]);
    expect(await db.auditLog.count({ where: { action: "checkin.create", entityId: id } })).toBe(1);
  });

  it("answers another device's scan of the same delegate with the first check-in's time", async () => {
    const { code } = await register(3);
    const first = { id: randomUUID(), code, sessionId, at: new Date(Date.now() - 120_000).toISOString() };
    const second = { ...first, id: randomUUID(), at: new Date().toISOString() };
    await recordCheckIns(db, edition.id, [first], staff);
    expect(await recordCheckIns(db, edition.id, [second], staff)).toEqual([
      { id: second.id, status: "already", checkedInAt: first.at },
    ]);
  });

  it("answers an unknown code as unknown without writing anything", async () => {
    const event = { id: randomUUID(), code: "QN25-ZZZZZ", sessionId, at: new Date().toISOString() };
    expect(await recordCheckIns(db, edition.id, [event], staff)).toEqual([{ id: event.id, status: "unknown" }]);
  });
});

// An accredited journalist's press pass (kind P, code BC25-…) is checked in like a delegate's ticket.

let journalistCount = 0;

async function accredit(status: "APPROVED" | "PENDING" | "REJECTED" | "REVOKED", coveredSessionIds: string[] = [sessionId]) {
  journalistCount += 1;
  const hasPass = status === "APPROVED" || status === "REVOKED";
  const passCode = hasPass ? `BC25-PRS${String(journalistCount).padStart(2, "0")}` : null;
  return db.pressAccreditation.create({
    data: {
      editionId: edition.id,
      fullName: `Phạm Thu Hà ${journalistCount}`,
      outlet: "Báo Quảng Ngãi",
      cardNumber: `BC-0${journalistCount}/2025`,
      email: `nha.bao.${journalistCount}@baoqn.example.vn`,
      phone: "+84905123456",
      status,
      passCode,
      consentNoticeVersion: "press-test",
      consentedAt: new Date(),
      sessions: { create: coveredSessionIds.map((id) => ({ sessionId: id })) },
    },
    select: { id: true, passCode: true, fullName: true },
  });
}

describe("an accredited journalist's press pass at the door", () => {
  it("is in the roster by the digest of the signed pass, with the outlet, card number and covered sessions; pending and rejected ones are not", async () => {
    const approved = await accredit("APPROVED");
    const pending = await accredit("PENDING");
    const rejected = await accredit("REJECTED");
    const roster = await loadRoster(db, edition, SECRET);
    const pass = signTicket({ kind: "P", subject: approved.passCode!, year: edition.year }, SECRET);
    const entry = roster.entries.find((candidate) => candidate.ticketDigest === ticketDigest(pass));
    expect(entry).toMatchObject({
      kind: "press",
      code: approved.passCode,
      fullName: approved.fullName,
      organization: "Báo Quảng Ngãi",
      seats: [{ sessionId, status: "COVERING" }],
      checkIns: {},
      revoked: false,
    });
    // The card number only as a key: found when typed whole, never readable.
    const card = (await db.pressAccreditation.findUniqueOrThrow({ where: { id: approved.id }, select: { cardNumber: true } }))
      .cardNumber;
    expect(JSON.stringify(roster)).not.toContain(card);
    expect(searchRoster(roster.entries, card, await matchKeysOf(roster.matchSalt, card)).map((found) => found.code)).toEqual([
      approved.passCode,
    ]);
    const names = roster.entries.map((candidate) => candidate.fullName);
    expect(names).not.toContain(pending.fullName);
    expect(names).not.toContain(rejected.fullName);
    const altered = pass.slice(0, -1) + (pass.endsWith("A") ? "B" : "A");
    const forged = signTicket({ kind: "P", subject: approved.passCode!, year: edition.year }, "f".repeat(40));
    expect(roster.entries.filter((candidate) => [altered, forged].map(ticketDigest).includes(candidate.ticketDigest))).toEqual(
      [],
    );
    // The media link's token (kind M) for the same pass code is no check-in ticket.
    const mediaLink = signTicket({ kind: "M", subject: approved.passCode!, year: edition.year }, SECRET);
    expect(roster.entries.some((candidate) => candidate.ticketDigest === ticketDigest(mediaLink))).toBe(false);
  });

  it("records a journalist's check-in once, answers a second device with the first time, and counts it apart on the dashboard", async () => {
    const { id, passCode } = await accredit("APPROVED");
    const first = { id: randomUUID(), code: passCode!, sessionId, at: new Date(Date.now() - 90_000).toISOString() };
    const second = { ...first, id: randomUUID(), at: new Date().toISOString() };
    const before = await loadRegistrationStatistics(db, edition.id);
    expect(await recordCheckIns(db, edition.id, [first], staff)).toEqual([
      { id: first.id, status: "recorded", checkedInAt: first.at },
    ]);
    expect(await recordCheckIns(db, edition.id, [first, second], staff)).toEqual([
      { id: first.id, status: "recorded", checkedInAt: first.at },
      { id: second.id, status: "already", checkedInAt: first.at },
    ]);
    const rows = await db.checkIn.findMany({
      where: { accreditationId: id },
      select: { registrationId: true, sessionId: true, staffUserId: true },
    });
    expect(rows).toEqual([{ registrationId: null, sessionId, staffUserId: staff.userId }]);
    expect(await db.auditLog.count({ where: { action: "checkin.create", entityType: "PressAccreditation", entityId: id } })).toBe(
      1,
    );
    const roster = await loadRoster(db, edition, SECRET);
    expect(roster.entries.find((entry) => entry.code === passCode)?.checkIns).toEqual({ [sessionId]: first.at });

    const after = await loadRegistrationStatistics(db, edition.id);
    const opening = (stats: typeof after) => stats.sessions.find((session) => session.id === sessionId)!;
    expect(opening(after).pressCheckedIn).toBe(opening(before).pressCheckedIn + 1);
    expect(opening(after).checkedIn).toBe(opening(before).checkedIn);
    expect(after.totals.pressCheckedIn).toBe(before.totals.pressCheckedIn + 1);
  });

  it("knows a withdrawn pass in the roster as revoked, and the server refuses it without writing anything", async () => {
    const revoked = await accredit("REVOKED");
    const roster = await loadRoster(db, edition, SECRET);
    const pass = signTicket({ kind: "P", subject: revoked.passCode!, year: edition.year }, SECRET);
    expect(roster.entries.find((entry) => entry.ticketDigest === ticketDigest(pass))).toMatchObject({
      fullName: revoked.fullName,
      revoked: true,
    });
    const queued = { id: randomUUID(), code: revoked.passCode!, sessionId, at: new Date().toISOString() };
    expect(await recordCheckIns(db, edition.id, [queued], staff)).toEqual([{ id: queued.id, status: "unknown" }]);
    expect(await db.checkIn.count({ where: { accreditationId: revoked.id } })).toBe(0);
  });

  it("refuses, without writing anything, a code no pass has", async () => {
    const unknownPass = { id: randomUUID(), code: "BC25-ZZZZZ", sessionId, at: new Date().toISOString() };
    expect(await recordCheckIns(db, edition.id, [unknownPass], staff)).toEqual([{ id: unknownPass.id, status: "unknown" }]);
    expect(await db.checkIn.count({ where: { clientEventId: unknownPass.id } })).toBe(0);
  });

  it("keeps exactly one holder per check-in in the database", async () => {
    const { id: accreditationId } = await accredit("APPROVED");
    const { id: registrationId } = await register(40);
    await expect(db.checkIn.create({ data: { sessionId, registrationId, accreditationId } })).rejects.toThrow(
      /check_ins_one_holder/,
    );
    await expect(db.checkIn.create({ data: { sessionId } })).rejects.toThrow(/check_ins_one_holder/);
  });
});
