import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createPrismaClient, driverPool, type Database } from "../../../lib/db-client";
import { DomainError } from "../../../lib/errors";
import {
  cancelRegistration,
  changeSeats,
  eraseRegistration,
  exportRegistrationData,
  findRegistrationByManageToken,
  registerDelegate,
  rotateManageToken,
  withdrawConsent,
  type RegisterResult,
} from "../../../lib/registration/delegate-store";
import { delegateInput } from "../../fixtures/registration";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";

const NOTICE = "thong-bao-2025-09";
const WORKSHOP = "hoi-thao-chuyen-doi-so-du-lich";
const ROUND_TABLE = "toa-dam-hien-ke";
const FORUM = "hoi-thao-hoi-tu-nguon-luc";

let database: TestDatabase;
let db: Database;
let next = 0;

function register(sessions: string[], overrides: Parameters<typeof delegateInput>[2] = {}) {
  return registerDelegate(db, { year: 2025, input: delegateInput(next++, sessions, overrides), noticeVersion: NOTICE });
}

function created(result: RegisterResult) {
  if (result.status !== "created") throw new Error(`expected a registration, got ${JSON.stringify(result)}`);
  return result;
}

async function setCapacity(slug: string, capacity: number) {
  await db.session.updateMany({ where: { slug, edition: { year: 2025 } }, data: { capacity, registrationOpen: true } });
}

async function session(slug: string) {
  return db.session.findFirstOrThrow({ where: { slug, edition: { year: 2025 } }, select: { seatsTaken: true, capacity: true } });
}

async function seatStatus(registrationId: string, slug: string) {
  const seat = await db.seat.findFirst({ where: { registrationId, session: { slug } }, select: { status: true } });
  return seat?.status;
}

beforeAll(async () => {
  database = await createTestDatabase("seeded");
  db = createPrismaClient(database.url, { maxConnections: 20 });
});

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

describe("registering", () => {
  it("stores the delegate with a readable code, consent records and only the hash of the manage link", async () => {
    const result = created(await register([WORKSHOP, ROUND_TABLE], { consents: { registration: true, media: true, news: false } }));
    expect(result.registration.code).toMatch(/^QN25-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{5}$/);
    expect(result.seats).toEqual([
      { session: WORKSHOP, status: "confirmed" },
      { session: ROUND_TABLE, status: "confirmed" },
    ]);
    expect(result.manageToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await db.registration.findUniqueOrThrow({
      where: { id: result.registration.id },
      select: { manageTokenHash: true, email: true, phone: true, consents: { select: { purpose: true, noticeVersion: true, withdrawnAt: true } } },
    });
    expect(stored.manageTokenHash).toBe(createHash("sha256").update(result.manageToken).digest("hex"));
    expect(stored.consents.map((consent) => consent.purpose).sort()).toEqual(["MEDIA", "REGISTRATION"]);
    expect(stored.consents.every((consent) => consent.noticeVersion === NOTICE && consent.withdrawnAt === null)).toBe(true);
  });

  it("answers duplicate for an e-mail already registered in the edition, without creating anything", async () => {
    const first = created(await register([WORKSHOP], { email: "trung.lap@quangngai.gov.vn" }));
    const before = await session(WORKSHOP);
    const again = await register([WORKSHOP], { email: "trung.lap@quangngai.gov.vn" });
    expect(again).toEqual({ status: "duplicate", registrationId: first.registration.id });
    expect((await session(WORKSHOP)).seatsTaken).toBe(before.seatsTaken);
  });

  it("creates exactly one registration when the same delegate's request arrives twice at the same moment", async () => {
    const pairs = Array.from({ length: 10 }, (_, i) => `cung-luc-${i}@quangngai.gov.vn`);
    const results = await Promise.all(pairs.flatMap((email) => [register([WORKSHOP, FORUM], { email }), register([FORUM, WORKSHOP], { email })]));
    expect(results.filter((result) => result.status === "created")).toHaveLength(10);
    expect(results.filter((result) => result.status === "duplicate")).toHaveLength(10);
    expect(await db.registration.count({ where: { email: { in: pairs } } })).toBe(10);
  });

  it("refuses sessions that do not exist or are not open for registration, naming each", async () => {
    const result = await register([WORKSHOP, "trien-lam-cong-nghe-so", "khong-ton-tai"]);
    expect(result.status).toBe("invalid");
    if (result.status !== "invalid") return;
    expect(result.errors.sessions).toHaveLength(2);
    expect(result.errors.sessions?.[0]).toContain("trien-lam-cong-nghe-so");
    expect(result.errors.sessions?.[1]).toContain("khong-ton-tai");
  });

  it("refuses a session that has taken place, saying so, when registering and when adding it later", async () => {
    const delegate = created(await register([FORUM]));
    // The day after the workshop of 19/09/2025, before the forum of 26/09.
    vi.stubEnv("PORTAL_CLOCK", "2025-09-20T08:00:00+07:00");
    try {
      const seatsBefore = (await session(WORKSHOP)).seatsTaken;
      const refused = await register([FORUM, WORKSHOP]);
      expect(refused.status).toBe("invalid");
      if (refused.status !== "invalid") return;
      expect(refused.errors.sessions).toEqual([`Hoạt động “${WORKSHOP}” đã diễn ra, không còn nhận đăng ký.`]);
      expect(refused.past).toEqual([WORKSHOP]);
      const added = await changeSeats(db, { registrationId: delegate.registration.id, add: [WORKSHOP], drop: [] });
      expect(added.status).toBe("invalid");
      if (added.status === "invalid") expect(added.errors.sessions?.[0]).toContain("đã diễn ra");
      expect((await session(WORKSHOP)).seatsTaken).toBe(seatsBefore);
      expect(created(await register([FORUM])).seats).toEqual([{ session: FORUM, status: "confirmed" }]);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("registers and recognises duplicates also through a client that was disconnected and reconnected", async () => {
    const client = createPrismaClient(database.url, { maxConnections: 2 });
    try {
      await client.$queryRaw`SELECT 1`;
      await client.$disconnect();
      expect(driverPool(client)).toBeNull();
      const input = delegateInput(next++, [WORKSHOP], { email: "ket-noi-lai@quangngai.gov.vn" });
      const first = await registerDelegate(client, { year: 2025, input, noticeVersion: NOTICE });
      expect(first.status).toBe("created");
      expect((await registerDelegate(client, { year: 2025, input, noticeVersion: NOTICE })).status).toBe("duplicate");
    } finally {
      await client.$disconnect();
    }
  });

  it("does not register for a past edition and does not know an edition that does not exist", async () => {
    const archived = await registerDelegate(db, { year: 2023, input: delegateInput(next++, [WORKSHOP]), noticeVersion: NOTICE });
    expect(archived.status).toBe("invalid");
    await expect(registerDelegate(db, { year: 2031, input: delegateInput(next++, [WORKSHOP]), noticeVersion: NOTICE })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("changing seats", () => {
  it("adds a session under the same rules: a full session puts the delegate on its wait list", async () => {
    await setCapacity(ROUND_TABLE, (await session(ROUND_TABLE)).seatsTaken);
    const delegate = created(await register([WORKSHOP]));
    const change = await changeSeats(db, { registrationId: delegate.registration.id, add: [ROUND_TABLE], drop: [] });
    expect(change).toMatchObject({ status: "changed", added: [{ session: ROUND_TABLE, status: "waitlisted", waitlistPosition: 1 }], promoted: [] });
  });

  it("gives a dropped seat to the first wait-listed delegate, and a delegate who comes back queues again at the end", async () => {
    const capacity = (await session(FORUM)).seatsTaken + 1;
    await setCapacity(FORUM, capacity);
    const holder = created(await register([FORUM]));
    const first = created(await register([FORUM]));
    const second = created(await register([FORUM]));
    expect(first.seats[0]).toEqual({ session: FORUM, status: "waitlisted", waitlistPosition: 1 });
    expect(second.seats[0]).toEqual({ session: FORUM, status: "waitlisted", waitlistPosition: 2 });

    const dropped = await changeSeats(db, { registrationId: holder.registration.id, add: [], drop: [FORUM] });
    expect(dropped).toMatchObject({ status: "changed", dropped: [FORUM], promoted: [{ registrationId: first.registration.id, sessionSlug: FORUM }] });
    expect(await seatStatus(first.registration.id, FORUM)).toBe("CONFIRMED");

    const back = await changeSeats(db, { registrationId: holder.registration.id, add: [FORUM], drop: [] });
    expect(back).toMatchObject({ status: "changed", added: [{ session: FORUM, status: "waitlisted", waitlistPosition: 2 }] });
    expect((await session(FORUM)).seatsTaken).toBe(capacity);
  });

  it("ignores adding a session already held and refuses one closed for registration", async () => {
    const delegate = created(await register([WORKSHOP]));
    const same = await changeSeats(db, { registrationId: delegate.registration.id, add: [WORKSHOP], drop: [] });
    expect(same).toEqual({ status: "changed", added: [], dropped: [], promoted: [] });
    const closed = await changeSeats(db, { registrationId: delegate.registration.id, add: ["truyen-thong-su-kien"], drop: [] });
    expect(closed.status).toBe("invalid");
  });

  it("refuses changes to a cancelled registration", async () => {
    const delegate = created(await register([WORKSHOP]));
    await cancelRegistration(db, delegate.registration.id);
    await expect(changeSeats(db, { registrationId: delegate.registration.id, add: [FORUM], drop: [] })).rejects.toBeInstanceOf(DomainError);
  });
});

describe("cancelling, erasing and consents", () => {
  it("cancels every seat and frees the confirmed ones; cancelling twice changes nothing", async () => {
    const delegate = created(await register([WORKSHOP]));
    const before = (await session(WORKSHOP)).seatsTaken;
    expect(await cancelRegistration(db, delegate.registration.id)).toEqual({ promoted: [] });
    expect((await session(WORKSHOP)).seatsTaken).toBe(before - 1);
    expect(await cancelRegistration(db, delegate.registration.id)).toEqual({ promoted: [] });
    expect((await session(WORKSHOP)).seatsTaken).toBe(before - 1);
    expect(await seatStatus(delegate.registration.id, WORKSHOP)).toBe("CANCELLED");
  });

  it("erases the personal data but keeps the anonymous counts, and the manage link stops working", async () => {
    const email = "xoa.du.lieu@quangngai.gov.vn";
    const delegate = created(await register([WORKSHOP], { email, consents: { registration: true, media: false, news: true } }));
    const registrationsBefore = await db.registration.count();
    expect(await db.outboxMessage.count({ where: { recipient: email } })).toBe(1);
    await eraseRegistration(db, delegate.registration.id);
    const erased = await db.registration.findUniqueOrThrow({
      where: { id: delegate.registration.id },
      select: { status: true, fullName: true, position: true, organization: true, email: true, phone: true, province: true, manageTokenHash: true, group: true, erasedAt: true },
    });
    expect(erased).toMatchObject({ status: "ERASED", fullName: null, position: null, organization: null, email: null, phone: null, province: null, manageTokenHash: null, group: "GOVERNMENT" });
    expect(erased.erasedAt).toBeInstanceOf(Date);
    expect(await db.registration.count()).toBe(registrationsBefore);
    expect(await seatStatus(delegate.registration.id, WORKSHOP)).toBe("CANCELLED");
    expect(await db.consent.count({ where: { registrationId: delegate.registration.id, withdrawnAt: null } })).toBe(0);
    expect(await findRegistrationByManageToken(db, delegate.manageToken)).toBeNull();
    // Its e-mails, address and link included, left the outbox with it.
    expect(await db.outboxMessage.count({ where: { OR: [{ recipient: email }, { registrationId: delegate.registration.id }] } })).toBe(0);
    // The e-mail is free again: the person may register anew.
    expect((await register([WORKSHOP], { email })).status).toBe("created");
  });

  it("withdraws an optional consent, keeping the registration", async () => {
    const delegate = created(await register([WORKSHOP], { consents: { registration: true, media: true, news: true } }));
    expect(await withdrawConsent(db, delegate.registration.id, "MEDIA")).toEqual({ erased: false, promoted: [] });
    const consents = await db.consent.findMany({ where: { registrationId: delegate.registration.id }, select: { purpose: true, withdrawnAt: true } });
    expect(consents.find((consent) => consent.purpose === "MEDIA")?.withdrawnAt).toBeInstanceOf(Date);
    expect(consents.find((consent) => consent.purpose === "NEWS")?.withdrawnAt).toBeNull();
  });

  it("erases the registration when its own consent is withdrawn", async () => {
    const delegate = created(await register([WORKSHOP]));
    expect((await withdrawConsent(db, delegate.registration.id, "REGISTRATION")).erased).toBe(true);
    expect((await db.registration.findUniqueOrThrow({ where: { id: delegate.registration.id } })).status).toBe("ERASED");
  });
});

describe("the manage link", () => {
  it("finds the registration with its seats and wait-list positions, and nothing for an unknown token", async () => {
    const delegate = created(await register([WORKSHOP, ROUND_TABLE]));
    const found = await findRegistrationByManageToken(db, delegate.manageToken);
    expect(found?.code).toBe(delegate.registration.code);
    expect(found?.seats.map((seat) => [seat.session.slug, seat.status, seat.waitlistPosition])).toEqual(
      expect.arrayContaining([
        [WORKSHOP, "CONFIRMED", undefined],
        [ROUND_TABLE, "WAITLISTED", expect.any(Number)],
      ]),
    );
    expect(await findRegistrationByManageToken(db, "A".repeat(43))).toBeNull();
  });

  it("stops accepting the old link once a new one is issued", async () => {
    const delegate = created(await register([WORKSHOP]));
    const fresh = await rotateManageToken(db, delegate.registration.id);
    expect(fresh).not.toBe(delegate.manageToken);
    expect(await findRegistrationByManageToken(db, delegate.manageToken)).toBeNull();
    expect((await findRegistrationByManageToken(db, fresh))?.id).toBe(delegate.registration.id);
  });

  it("exports everything held about the delegate as JSON", async () => {
    const delegate = created(await register([WORKSHOP], { fullName: "Đặng Văn Đức" }));
    const data = await exportRegistrationData(db, delegate.registration.id);
    const json = JSON.parse(JSON.stringify(data));
    expect(json.registration).toMatchObject({ code: delegate.registration.code, fullName: "Đặng Văn Đức", phone: "+84905123456" });
    expect(json.seats).toEqual([expect.objectContaining({ session: WORKSHOP, status: "CONFIRMED" })]);
    expect(json.consents).toEqual([expect.objectContaining({ purpose: "REGISTRATION", noticeVersion: NOTICE })]);
  });
});
