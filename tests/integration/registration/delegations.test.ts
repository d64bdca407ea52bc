import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Database } from "../../../lib/db-client";
import type { DelegationInput } from "../../../lib/registration/delegation-schema";
import type { RegisterDelegationResult } from "../../../lib/registration/delegation-store";
import { delegateInput } from "../../fixtures/registration";
import { sendQueuedMail } from "../../setup/mail-worker";
import { useServerEnv } from "../../setup/server-env";
import { startSmtpSink, type SmtpSink } from "../../setup/smtp-sink";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";

// A delegation: several people of one organisation registered in one submission, each an ordinary
// registration taken through the same seat function as a single one.

const NOTICE = "thong-bao-2025-09";
const WORKSHOP = "hoi-thao-chuyen-doi-so-du-lich";
const ROUND_TABLE = "toa-dam-hien-ke";

let database: TestDatabase;
let db: Database;
let sink: SmtpSink;
let service: typeof import("@/lib/registration/delegation-store");
let queries: typeof import("@/lib/registration/delegation-queries");
let registration: typeof import("@/lib/registration/delegate-store");
let next = 0;

function delegation(size: number, sessions: string[], mode: DelegationInput["mode"], overrides: Partial<DelegationInput> = {}): DelegationInput {
  const batch = next++;
  return {
    registrantName: `Trần Thị Thư Ký`,
    registrantEmail: `van-thu-${batch}@skhcn.quangngai.gov.vn`,
    registrantPhone: "+84905000111",
    organization: "Sở Khoa học và Công nghệ tỉnh Quảng Ngãi",
    province: "Quảng Ngãi",
    sessions,
    members: Array.from({ length: size }, (_, row) => ({
      fullName: `Thành Viên Đoàn ${String.fromCharCode(65 + (batch % 26))}${String.fromCharCode(65 + row)}`,
      position: "Chuyên viên",
      group: "GOVERNMENT" as const,
      email: `doan-${batch}-thanh-vien-${row}@skhcn.quangngai.gov.vn`,
      phone: "+84905123456",
    })),
    mode,
    informed: true,
    ...overrides,
  };
}

function register(input: DelegationInput) {
  return service.registerDelegation(db, { year: 2025, input, noticeVersion: NOTICE });
}

function created(result: RegisterDelegationResult) {
  if (result.status !== "created") throw new Error(`expected a delegation, got ${JSON.stringify(result)}`);
  return result;
}

/** Leaves exactly `free` seats in the session. */
async function leaveSeats(slug: string, free: number) {
  const session = await db.session.findFirstOrThrow({ where: { slug, edition: { year: 2025 } }, select: { id: true, seatsTaken: true } });
  await db.session.update({ where: { id: session.id }, data: { capacity: session.seatsTaken + free, registrationOpen: true } });
}

async function seatsOf(slug: string) {
  const session = await db.session.findFirstOrThrow({ where: { slug, edition: { year: 2025 } }, select: { seatsTaken: true, capacity: true } });
  const rows = await db.seat.groupBy({ by: ["status"], where: { session: { slug, edition: { year: 2025 } } }, _count: true });
  return { ...session, rows: Object.fromEntries(rows.map((row) => [row.status, row._count])) };
}

beforeAll(async () => {
  database = await createTestDatabase("seeded");
  db = createPrismaClient(database.url, { maxConnections: 30 });
  sink = await startSmtpSink();
  useServerEnv(database.url, sink.env);
  [service, queries, registration] = await Promise.all([
    import("@/lib/registration/delegation-store"),
    import("@/lib/registration/delegation-queries"),
    import("@/lib/registration/delegate-store"),
  ]);
});

afterAll(async () => {
  await sink?.close();
  await db?.$disconnect();
  await database?.drop();
});

describe("registering a delegation", () => {
  it("makes each member an ordinary registration with its own code, link, seats and confirmation, the consent given by the registrant", async () => {
    await leaveSeats(WORKSHOP, 50);
    const input = delegation(3, [WORKSHOP], "all");
    const result = created(await register(input));
    expect(result.members).toHaveLength(3);
    expect(new Set(result.members.map((member) => member.code)).size).toBe(3);
    expect(result.members.every((member) => member.seats[0]?.status === "confirmed")).toBe(true);

    const stored = await db.delegation.findUniqueOrThrow({
      where: { id: result.delegationId },
      select: { registrantEmail: true, organization: true, manageTokenHash: true, registrations: { select: { email: true, manageTokenHash: true, consents: { select: { purpose: true, givenByDelegationId: true } } } } },
    });
    expect(stored.manageTokenHash).toBe(createHash("sha256").update(result.manageToken).digest("hex"));
    expect(stored.registrations.map((row) => row.email).sort()).toEqual(input.members.map((member) => member.email).sort());
    expect(new Set(stored.registrations.map((row) => row.manageTokenHash)).size).toBe(3);
    for (const row of stored.registrations) expect(row.consents).toEqual([{ purpose: "REGISTRATION", givenByDelegationId: result.delegationId }]);

    const mails = await db.outboxMessage.findMany({
      where: { recipient: { in: [input.registrantEmail, ...input.members.map((member) => member.email)] } },
      select: { kind: true, recipient: true, payload: true },
    });
    expect(mails.filter((mail) => mail.kind === "registration.confirmation")).toHaveLength(3);
    for (const mail of mails.filter((mail) => mail.kind === "registration.confirmation")) {
      expect(mail.payload).toMatchObject({ delegationId: result.delegationId });
    }
    const registrantMail = mails.filter((mail) => mail.kind === "delegation.confirmation");
    expect(registrantMail.map((mail) => mail.recipient)).toEqual([input.registrantEmail]);
    expect(registrantMail[0]!.payload).toEqual({ manageToken: result.manageToken, delegationId: result.delegationId });

    const view = await queries.findDelegationByToken(db, result.manageToken);
    expect(view?.members.map((member) => member.seats.map((seat) => seat.status))).toEqual([["CONFIRMED"], ["CONFIRMED"], ["CONFIRMED"]]);
  });

  it("registers nobody in all-or-nothing mode when a session is short, names the session and leaves the seats unchanged", async () => {
    await leaveSeats(WORKSHOP, 10);
    await leaveSeats(ROUND_TABLE, 2);
    const [workshopBefore, roundTableBefore] = [await seatsOf(WORKSHOP), await seatsOf(ROUND_TABLE)];
    const input = delegation(3, [WORKSHOP, ROUND_TABLE], "all");
    const result = await register(input);
    expect(result.status).toBe("invalid");
    const title = (await db.session.findFirstOrThrow({ where: { slug: ROUND_TABLE, edition: { year: 2025 } }, select: { title: true } })).title;
    expect(result.status === "invalid" && result.errors.sessions).toEqual([expect.stringContaining(`“${title}” chỉ còn 2 chỗ`)]);
    expect(await seatsOf(WORKSHOP)).toEqual(workshopBefore);
    expect(await seatsOf(ROUND_TABLE)).toEqual(roundTableBefore);
    expect(await db.registration.count({ where: { email: { in: input.members.map((member) => member.email) } } })).toBe(0);
    expect(await db.delegation.count({ where: { registrantEmail: input.registrantEmail } })).toBe(0);
    expect(await db.outboxMessage.count({ where: { recipient: input.registrantEmail } })).toBe(0);
  });

  it("in per-person mode seats the members it can and wait-lists the others, in order", async () => {
    await leaveSeats(ROUND_TABLE, 2);
    const result = created(await register(delegation(3, [ROUND_TABLE], "each")));
    expect(result.members.map((member) => member.seats[0]?.status)).toEqual(["confirmed", "confirmed", "waitlisted"]);
    const session = await seatsOf(ROUND_TABLE);
    expect(session.seatsTaken).toBe(session.capacity);
  });

  it("refuses, on its row, a member whose address is already registered for the edition, writing nothing", async () => {
    await leaveSeats(WORKSHOP, 20);
    const input = delegation(3, [WORKSHOP], "each");
    await registration.registerDelegate(db, { year: 2025, input: delegateInput(9000, [WORKSHOP], { email: input.members[2]!.email }), noticeVersion: NOTICE });
    const before = await seatsOf(WORKSHOP);
    const result = await register(input);
    expect(result).toEqual({ status: "invalid", errors: { "members.2.email": [expect.stringContaining("đã được đăng ký")] } });
    expect(await seatsOf(WORKSHOP)).toEqual(before);
    expect(await db.registration.count({ where: { email: input.members[0]!.email } })).toBe(0);
  });
});

describe("the e-mails of a delegation", () => {
  it("sends each member their ticket naming who registered them, with the privacy note and a withdrawal link, and the registrant their link", async () => {
    await leaveSeats(WORKSHOP, 10);
    const input = delegation(2, [WORKSHOP], "all");
    const result = created(await register(input));
    await sendQueuedMail(db);
    for (const member of input.members) {
      const message = await sink.waitFor(member.email);
      const text = message.parsed.text ?? "";
      expect(text).toContain(`Ông/Bà được ${input.registrantName} (${input.organization}) đăng ký tham dự trong đoàn`);
      expect(text).toContain("thông báo xử lý dữ liệu cá nhân");
      expect(text).toMatch(/\/my-registration\/[\w-]{43}#data-title/);
      expect(message.parsed.attachments.some((attachment) => attachment.contentType === "image/png")).toBe(true);
    }
    const registrantMail = await sink.waitFor(input.registrantEmail);
    expect(registrantMail.parsed.text).toContain(`/my-delegation/${result.manageToken}`);
    expect(registrantMail.parsed.text).not.toContain(input.members[0]!.fullName);
    // Once sent, the delegation link's secret no longer sits in the outbox.
    const sent = await db.outboxMessage.findFirstOrThrow({ where: { kind: "delegation.confirmation", recipient: input.registrantEmail }, select: { payload: true } });
    expect(sent.payload).toEqual({ delegationId: result.delegationId });
  });
});

describe("delegations racing for seats", () => {
  it("never overbooks when 20 delegations of 3 race all-or-nothing for 30 seats: exactly 10 are registered", async () => {
    await leaveSeats(WORKSHOP, 30);
    const before = await seatsOf(WORKSHOP);
    const results = await Promise.all(Array.from({ length: 20 }, () => register(delegation(3, [WORKSHOP], "all"))));
    expect(results.filter((result) => result.status === "created")).toHaveLength(10);
    expect(results.filter((result) => result.status === "invalid")).toHaveLength(10);
    const after = await seatsOf(WORKSHOP);
    expect(after.seatsTaken).toBe(after.capacity);
    expect(after.rows.CONFIRMED).toBe((before.rows.CONFIRMED ?? 0) + 30);
    expect(after.rows.WAITLISTED ?? 0).toBe(before.rows.WAITLISTED ?? 0);
  });

  it("never overbooks when 20 delegations of 3 race per person for 30 seats: 30 confirmed, 30 wait-listed", async () => {
    await leaveSeats(ROUND_TABLE, 30);
    const before = await seatsOf(ROUND_TABLE);
    const results = await Promise.all(Array.from({ length: 20 }, () => register(delegation(3, [ROUND_TABLE], "each"))));
    const seats = results.flatMap((result) => created(result).members.map((member) => member.seats[0]!.status));
    expect(seats.filter((status) => status === "confirmed")).toHaveLength(30);
    expect(seats.filter((status) => status === "waitlisted")).toHaveLength(30);
    const after = await seatsOf(ROUND_TABLE);
    expect(after.seatsTaken).toBe(after.capacity);
    expect(after.rows.CONFIRMED).toBe((before.rows.CONFIRMED ?? 0) + 30);
  });
});

describe("the registrant's link", () => {
  it("cancels a member of the delegation, audited, and refuses a member of another delegation or a wrong link", async () => {
    await leaveSeats(WORKSHOP, 10);
    const mine = created(await register(delegation(2, [WORKSHOP], "all")));
    const theirs = created(await register(delegation(2, [WORKSHOP], "all")));
    const target = mine.members[0]!.registrationId;
    expect(await service.cancelDelegationMember(db, { token: mine.manageToken, registrationId: theirs.members[0]!.registrationId })).toBe("not-found");
    expect(await service.cancelDelegationMember(db, { token: "forged-token", registrationId: target })).toBe("not-found");
    expect(await service.cancelDelegationMember(db, { token: mine.manageToken, registrationId: target })).toBe("cancelled");
    expect((await db.registration.findUniqueOrThrow({ where: { id: target }, select: { status: true } })).status).toBe("CANCELLED");
    expect(await db.auditLog.count({ where: { action: "delegation.cancelMember", entityId: target } })).toBe(1);
    expect((await db.registration.findUniqueOrThrow({ where: { id: theirs.members[0]!.registrationId }, select: { status: true } })).status).toBe("ACTIVE");
  });
});

describe("erasure", () => {
  it("leaves no copy of an erased member in the delegation, and erases the registrant's details with the last member", async () => {
    await leaveSeats(WORKSHOP, 10);
    const input = delegation(2, [WORKSHOP], "all");
    const result = created(await register(input));
    const [first, second] = result.members;
    await registration.eraseRegistration(db, first!.registrationId);

    const afterOne = await db.delegation.findUniqueOrThrow({ where: { id: result.delegationId }, select: { registrantName: true, erasedAt: true } });
    expect(afterOne).toEqual({ registrantName: input.registrantName, erasedAt: null });
    const registrantMail = await db.outboxMessage.findFirstOrThrow({ where: { kind: "delegation.confirmation", recipient: input.registrantEmail }, select: { payload: true, subject: true } });
    expect(JSON.stringify(registrantMail)).not.toContain(input.members[0]!.fullName);
    expect(JSON.stringify(registrantMail)).not.toContain(input.members[0]!.email);
    const view = await queries.findDelegationByToken(db, result.manageToken);
    expect(view?.members.find((member) => member.id === first!.registrationId)).toMatchObject({ fullName: null, status: "ERASED", seats: [] });

    await registration.eraseRegistration(db, second!.registrationId);
    const afterAll = await db.delegation.findUniqueOrThrow({
      where: { id: result.delegationId },
      select: { registrantName: true, registrantEmail: true, registrantPhone: true, organization: true, manageTokenHash: true, erasedAt: true },
    });
    expect(afterAll).toMatchObject({ registrantName: null, registrantEmail: null, registrantPhone: null, organization: null, manageTokenHash: null });
    expect(afterAll.erasedAt).not.toBeNull();
    expect(await db.outboxMessage.count({ where: { recipient: input.registrantEmail } })).toBe(0);
    expect(await queries.findDelegationByToken(db, result.manageToken)).toBeNull();
  });

  it("erases the registrant's details on their own request, leaving the members registered", async () => {
    await leaveSeats(WORKSHOP, 10);
    const input = delegation(2, [WORKSHOP], "all");
    const result = created(await register(input));
    expect(await service.eraseDelegationRegistrant(db, "forged-token")).toBe("not-found");
    expect(await service.eraseDelegationRegistrant(db, result.manageToken)).toBe("erased");
    const stored = await db.delegation.findUniqueOrThrow({ where: { id: result.delegationId }, select: { registrantName: true, registrantEmail: true, registrantPhone: true } });
    expect(stored).toEqual({ registrantName: null, registrantEmail: null, registrantPhone: null });
    expect(await db.outboxMessage.count({ where: { recipient: input.registrantEmail } })).toBe(0);
    expect(await db.registration.count({ where: { delegationId: result.delegationId, status: "ACTIVE" } })).toBe(2);
    expect(await queries.findDelegationByToken(db, result.manageToken)).toBeNull();
    expect(await service.eraseDelegationRegistrant(db, result.manageToken)).toBe("not-found");
  });
});
