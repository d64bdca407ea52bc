import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Database } from "../../../lib/db-client";
import { cancelRegistration, changeSeats, eraseRegistration, registerDelegate, type RegisterResult } from "../../../lib/registration/delegate-store";
import { delegateInput } from "../../fixtures/registration";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";

// The rush: hundreds of delegates press "Đăng ký" in the same second for a session with few seats.

const SESSION = "toa-dam-hien-ke";
const NOTICE = "test-notice-1";

let database: TestDatabase;
let rush: Database;

async function setCapacity(slug: string, capacity: number) {
  await database.db.session.updateMany({
    where: { slug, edition: { year: 2025 } },
    data: { capacity, registrationOpen: true, seatsTaken: 0 },
  });
}

async function seatRows(slug: string) {
  return database.db.seat.findMany({
    where: { session: { slug, edition: { year: 2025 } } },
    select: { registrationId: true, status: true, queueNumber: true },
    orderBy: { queueNumber: "asc" },
  });
}

async function seatsTaken(slug: string) {
  const session = await database.db.session.findFirstOrThrow({ where: { slug, edition: { year: 2025 } }, select: { seatsTaken: true } });
  return session.seatsTaken;
}

function created(result: RegisterResult) {
  if (result.status !== "created") throw new Error(`expected a registration, got ${JSON.stringify(result)}`);
  return result;
}

beforeAll(async () => {
  database = await createTestDatabase("seeded");
  rush = createPrismaClient(database.url, { maxConnections: 40 });
});

afterAll(async () => {
  await rush?.$disconnect();
  await database?.drop();
});

describe("a rush of registrations", () => {
  it("confirms exactly the capacity and wait-lists the rest in order when 220 delegates register at once for 50 seats", async () => {
    await setCapacity(SESSION, 50);
    const results = await Promise.all(
      Array.from({ length: 220 }, (_, n) => registerDelegate(rush, { year: 2025, input: delegateInput(n, [SESSION]), noticeVersion: NOTICE })),
    );
    const seats = results.map((result) => created(result).seats[0]!);
    const confirmed = seats.filter((seat) => seat.status === "confirmed");
    const waitlisted = seats.filter((seat) => seat.status === "waitlisted");
    expect(confirmed).toHaveLength(50);
    expect(waitlisted).toHaveLength(170);
    expect(waitlisted.map((seat) => seat.waitlistPosition).sort((a, b) => a! - b!)).toEqual(Array.from({ length: 170 }, (_, i) => i + 1));

    const codes = results.map((result) => created(result).registration.code);
    expect(new Set(codes).size).toBe(220);
    for (const code of codes) expect(code).toMatch(/^QN25-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{5}$/);

    const rows = await seatRows(SESSION);
    expect(rows.filter((row) => row.status === "CONFIRMED")).toHaveLength(50);
    expect(new Set(rows.map((row) => row.registrationId)).size).toBe(220);
    expect(await seatsTaken(SESSION)).toBe(50);
    // The positions the delegates were told match the order of the queue in the database.
    const byRegistration = new Map(results.map((result) => [created(result).registration.id, created(result).seats[0]!]));
    const queue = rows.filter((row) => row.status === "WAITLISTED").map((row) => byRegistration.get(row.registrationId)!.waitlistPosition);
    expect(queue).toEqual(Array.from({ length: 170 }, (_, i) => i + 1));
  });

  it("hands seats freed by 20 concurrent cancellations to the first 20 of the wait list while new delegates keep arriving", async () => {
    const before = await seatRows(SESSION);
    const confirmedIds = before.filter((row) => row.status === "CONFIRMED").map((row) => row.registrationId);
    const waitlistedIds = before.filter((row) => row.status === "WAITLISTED").map((row) => row.registrationId);
    const cancellations = confirmedIds.slice(0, 20).map((id) => cancelRegistration(rush, id));
    const arrivals = Array.from({ length: 40 }, (_, n) =>
      registerDelegate(rush, { year: 2025, input: delegateInput(1000 + n, [SESSION]), noticeVersion: NOTICE }),
    );
    const [cancelled, newcomers] = await Promise.all([Promise.all(cancellations), Promise.all(arrivals)]);

    const promoted = cancelled.flatMap((result) => result.promoted);
    expect(promoted).toHaveLength(20);
    expect(promoted.every((promotion) => promotion.sessionSlug === SESSION)).toBe(true);
    expect(new Set(promoted.map((promotion) => promotion.registrationId))).toEqual(new Set(waitlistedIds.slice(0, 20)));
    // Newcomers never jump the queue: they are all wait-listed behind the people already waiting.
    expect(newcomers.every((result) => created(result).seats[0]!.status === "waitlisted")).toBe(true);

    const after = await seatRows(SESSION);
    const confirmedAfter = after.filter((row) => row.status === "CONFIRMED").map((row) => row.registrationId);
    expect(confirmedAfter).toHaveLength(50);
    expect(new Set(confirmedAfter)).toEqual(new Set([...confirmedIds.slice(20), ...waitlistedIds.slice(0, 20)]));
    expect(after.filter((row) => row.status === "WAITLISTED")).toHaveLength(170 - 20 + 40);
    expect(await seatsTaken(SESSION)).toBe(50);
  });

  it("keeps every session full before anyone waits while delegates add, drop, cancel and erase at the same time", async () => {
    const sessions = ["hoi-thao-chuyen-doi-so-du-lich", "hoi-thao-hoi-tu-nguon-luc"] as const;
    for (const slug of sessions) await setCapacity(slug, 15);
    const delegates = await Promise.all(
      Array.from({ length: 40 }, (_, n) =>
        registerDelegate(rush, { year: 2025, input: delegateInput(2000 + n, [sessions[n % 2]!]), noticeVersion: NOTICE }),
      ),
    );
    const ids = delegates.map((result) => created(result).registration.id);
    const changes = ids.map((id, n) => {
      if (n % 10 === 3) return cancelRegistration(rush, id);
      if (n % 10 === 7) return eraseRegistration(rush, id);
      const [from, to] = n % 2 ? [sessions[1], sessions[0]] : [sessions[0], sessions[1]];
      return n % 3 === 0 ? changeSeats(rush, { registrationId: id, add: [to], drop: [from] }) : changeSeats(rush, { registrationId: id, add: [to], drop: [] });
    });
    await Promise.all(changes);

    for (const slug of sessions) {
      const rows = await seatRows(slug);
      const confirmed = rows.filter((row) => row.status === "CONFIRMED").length;
      const waiting = rows.filter((row) => row.status === "WAITLISTED").length;
      expect(confirmed, slug).toBeLessThanOrEqual(15);
      expect(await seatsTaken(slug), slug).toBe(confirmed);
      // A free seat and a waiting delegate at the same time would mean a missed promotion.
      if (waiting > 0) expect(confirmed, slug).toBe(15);
    }
  });
});
