import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Database } from "../../../lib/db-client";
import { checkRateLimit, clientIp, sweepExpiredWindows } from "../../../lib/rate-limit";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";

let database: TestDatabase;
let instanceA: Database;
let instanceB: Database;

beforeAll(async () => {
  database = await createTestDatabase("migrated");
  instanceA = createPrismaClient(database.url, { maxConnections: 10 });
  instanceB = createPrismaClient(database.url, { maxConnections: 10 });
});

afterAll(async () => {
  await instanceA?.$disconnect();
  await instanceB?.$disconnect();
  await database?.drop();
});

describe("the rate limit", () => {
  it("lets exactly the limit through when two app instances count the same address at the same moment", async () => {
    const limit = { limit: 25, windowSeconds: 60 };
    const decisions = await Promise.all(
      Array.from({ length: 40 }, (_, i) => checkRateLimit(i % 2 ? instanceA : instanceB, "registration:192.0.2.1", limit)),
    );
    expect(decisions.filter((decision) => decision.allowed)).toHaveLength(25);
    const refused = decisions.filter((decision) => !decision.allowed);
    expect(refused).toHaveLength(15);
    for (const decision of refused) {
      expect(decision.retryAfterSeconds).toBeGreaterThan(0);
      expect(decision.retryAfterSeconds).toBeLessThanOrEqual(60);
    }
    expect((await checkRateLimit(instanceA, "registration:192.0.2.2", limit)).allowed).toBe(true);
  });

  it("opens a new window once the old one has ended", async () => {
    const limit = { limit: 1, windowSeconds: 1 };
    expect((await checkRateLimit(instanceA, "registration:192.0.2.3", limit)).allowed).toBe(true);
    expect(await checkRateLimit(instanceA, "registration:192.0.2.3", limit)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await checkRateLimit(instanceA, "registration:192.0.2.3", limit)).allowed).toBe(true);
  });

  it("does nothing at all when the limit is 0", async () => {
    for (let i = 0; i < 5; i++)
      expect(await checkRateLimit(instanceA, "registration:192.0.2.4", { limit: 0, windowSeconds: 60 })).toEqual({
        allowed: true,
        retryAfterSeconds: 0,
      });
    expect(await database.db.rateLimitWindow.count({ where: { key: "registration:192.0.2.4" } })).toBe(0);
  });

  it("sweeps windows that ended a while ago", async () => {
    await database.db.rateLimitWindow.create({
      data: { key: "registration:old", count: 3, windowEndsAt: new Date(Date.now() - 3_600_000) },
    });
    await sweepExpiredWindows(instanceA);
    expect(await database.db.rateLimitWindow.count({ where: { key: "registration:old" } })).toBe(0);
    expect(await database.db.rateLimitWindow.count({ where: { key: "registration:192.0.2.1" } })).toBe(1);
  });
});

describe("the client address", () => {
  it("is the hop the proxy appended to X-Forwarded-For, else X-Real-IP, else unknown", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "198.51.100.7, 203.0.113.9", "x-real-ip": "10.0.0.2" }))).toBe(
      "203.0.113.9",
    );
    // A client inventing a new first hop for every request still lands on the same key.
    expect(clientIp(new Headers({ "x-forwarded-for": "1.2.3.4, 203.0.113.9" }))).toBe("203.0.113.9");
    expect(clientIp(new Headers({ "x-forwarded-for": "not-an-address" }))).toBe("unknown");
    expect(clientIp(new Headers({ "x-real-ip": " 2001:db8::1 " }))).toBe("2001:db8::1");
    expect(clientIp(new Headers())).toBe("unknown");
  });
});
