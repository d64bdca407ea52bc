import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/credentials";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { accountThrottleKey } from "@/lib/auth/throttle-rules";
import { createUser, setUserDisabled } from "@/lib/users/store";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";

let database: TestDatabase;
const cli = { userId: null, ip: null };
const PASSWORD = "hoa sen nở trên đầm";
let sequence = 0;

/** A fresh account per test, so that throttle counters never leak between tests. */
async function account(options: { disabled?: boolean } = {}) {
  const email = `can.bo.${++sequence}@sokhcn.gov.vn`;
  const { id } = await createUser(database.db, { name: `Cán bộ ${sequence}`, email, role: "ORGANIZER", password: PASSWORD }, cli);
  if (options.disabled) await setUserDisabled(database.db, id, true, cli);
  return { id, email };
}

const MINUTE = 60_000;
const t0 = new Date("2025-09-19T01:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

beforeAll(async () => {
  database = await createTestDatabase("migrated");
});

afterAll(async () => {
  await database.drop();
});

describe("password hashing", () => {
  it("stores argon2id with OWASP's parameters in PHC form, salted per hash", async () => {
    const first = await hashPassword(PASSWORD);
    const second = await hashPassword(PASSWORD);
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$/);
    expect(first).not.toBe(second);
  });

  it("verifies the right password and refuses a wrong or malformed one", async () => {
    const hash = await hashPassword(PASSWORD);
    expect(await verifyPassword(hash, PASSWORD)).toBe(true);
    expect(await verifyPassword(hash, "hoa sen nở trên đầm.")).toBe(false);
    expect(await verifyPassword("not-a-hash", PASSWORD)).toBe(false);
  });

  it("accepts the same Vietnamese password typed with composed or decomposed diacritics", async () => {
    const hash = await hashPassword(PASSWORD.normalize("NFC"));
    expect(await verifyPassword(hash, PASSWORD.normalize("NFD"))).toBe(true);
  });
});

describe("signing in", () => {
  it("signs in with the right password, whatever the case of the e-mail, and records it", async () => {
    const { id, email } = await account();
    const result = await authenticate(
      database.db,
      { email: `  ${email.toUpperCase()} `, password: PASSWORD, ip: "10.1.0.1" },
      t0,
    );
    expect(result).toMatchObject({ ok: true, user: { id, email, role: "ORGANIZER", sessionVersion: 0 } });
    const user = await database.db.user.findUniqueOrThrow({ where: { id } });
    expect(user.lastLoginAt).toEqual(t0);
    const audit = await database.db.auditLog.findFirst({ where: { entityId: id, action: "auth.sign-in" } });
    expect(audit).toMatchObject({ userId: id, ipAddress: "10.1.0.1" });
  });

  it("answers a wrong password, an unknown e-mail and a disabled account the same way", async () => {
    const active = await account();
    const disabled = await account({ disabled: true });
    const answers = await Promise.all([
      authenticate(database.db, { email: active.email, password: "wrong password!", ip: null }, t0),
      authenticate(database.db, { email: "khong.ton.tai@sokhcn.gov.vn", password: PASSWORD, ip: null }, t0),
      authenticate(database.db, { email: disabled.email, password: PASSWORD, ip: null }, t0),
    ]);
    expect(answers).toEqual([
      { ok: false, reason: "invalid" },
      { ok: false, reason: "invalid" },
      { ok: false, reason: "invalid" },
    ]);
  });

  it("spends the password check's time on an unknown e-mail too", async () => {
    const { email } = await account();
    const time = async (input: { email: string; password: string }) => {
      const samples: number[] = [];
      for (let i = 0; i < 3; i++) {
        const started = performance.now();
        await authenticate(database.db, { ...input, ip: null }, t0);
        samples.push(performance.now() - started);
      }
      return Math.min(...samples);
    };
    const wrongPassword = await time({ email, password: "wrong password!" });
    const unknownAccount = await time({ email: "ai.do@example.vn", password: "wrong password!" });
    // Without the dummy check an unknown e-mail would answer in a few milliseconds instead of ~80.
    expect(unknownAccount).toBeGreaterThan(wrongPassword * 0.4);
  });
});

describe("brute-force protection", () => {
  it("locks an account after five failures, even against the right password, for one minute", async () => {
    const { email } = await account();
    const results = [];
    for (let i = 0; i < 5; i++)
      results.push(await authenticate(database.db, { email, password: `guess ${i} wrong`, ip: null }, t0));
    expect(results.slice(0, 4).every((result) => !result.ok && result.reason === "invalid")).toBe(true);
    expect(results[4]).toEqual({ ok: false, reason: "locked", retryAfterMs: MINUTE });

    const duringLock = await authenticate(database.db, { email, password: PASSWORD, ip: null }, at(30_000));
    expect(duringLock).toEqual({ ok: false, reason: "locked", retryAfterMs: 30_000 });

    const row = await database.db.loginThrottle.findUniqueOrThrow({ where: { key: accountThrottleKey(email) } });
    expect(row.failures).toBe(5);
  });

  it("doubles the lock at the next failure and resets everything on a successful sign-in", async () => {
    const { email } = await account();
    for (let i = 0; i < 5; i++) await authenticate(database.db, { email, password: "wrong wrong", ip: null }, t0);
    const sixth = await authenticate(database.db, { email, password: "wrong wrong", ip: null }, at(MINUTE));
    expect(sixth).toEqual({ ok: false, reason: "locked", retryAfterMs: 2 * MINUTE });

    const afterLock = await authenticate(database.db, { email, password: PASSWORD, ip: null }, at(3 * MINUTE));
    expect(afterLock.ok).toBe(true);
    expect(await database.db.loginThrottle.findUnique({ where: { key: accountThrottleKey(email) } })).toBeNull();
    const nextMistake = await authenticate(database.db, { email, password: "wrong wrong", ip: null }, at(4 * MINUTE));
    expect(nextMistake).toEqual({ ok: false, reason: "invalid" });
  });

  it("locks an e-mail that has no account exactly like one that has", async () => {
    const email = "khong.co.tai.khoan@sokhcn.gov.vn";
    let last;
    for (let i = 0; i < 5; i++) last = await authenticate(database.db, { email, password: "wrong wrong", ip: null }, t0);
    expect(last).toEqual({ ok: false, reason: "locked", retryAfterMs: MINUTE });
  });

  it("locks a client address that tries many accounts", async () => {
    const ip = "198.51.100.77";
    for (let i = 0; i < 20; i++) {
      await authenticate(database.db, { email: `spray.${i}@example.vn`, password: "wrong wrong", ip }, t0);
    }
    const { email } = await account();
    expect(await authenticate(database.db, { email, password: PASSWORD, ip }, at(1000))).toMatchObject({
      ok: false,
      reason: "locked",
    });
    expect((await authenticate(database.db, { email, password: PASSWORD, ip: "198.51.100.78" }, at(1000))).ok).toBe(true);
  });

  it("counts failures that arrive at the same moment", async () => {
    const { email } = await account();
    await Promise.all(
      Array.from({ length: 4 }, () => authenticate(database.db, { email, password: "wrong wrong", ip: null }, t0)),
    );
    const row = await database.db.loginThrottle.findUniqueOrThrow({ where: { key: accountThrottleKey(email) } });
    expect(row.failures).toBe(4);
  });
});
