import { describe, expect, it } from "vitest";
import {
  ACCOUNT_POLICY,
  IP_POLICY,
  afterFailure,
  lockRemainingMs,
  retryAfterMinutes,
  type ThrottleState,
} from "@/lib/auth/throttle-rules";

const start = new Date("2025-09-19T01:00:00Z");
const later = (ms: number) => new Date(start.getTime() + ms);
const MINUTE = 60_000;

function fail(times: number, policy = ACCOUNT_POLICY, at = start): ThrottleState | null {
  let state: ThrottleState | null = null;
  for (let i = 0; i < times; i++) state = afterFailure(state, policy, at);
  return state;
}

describe("sign-in throttle rules", () => {
  it("allows four failed attempts on an account without a lock", () => {
    const state = fail(4);
    expect(state?.failures).toBe(4);
    expect(lockRemainingMs(state, start)).toBe(0);
  });

  it("locks the account for one minute at the fifth failure", () => {
    const state = fail(5);
    expect(lockRemainingMs(state, start)).toBe(MINUTE);
    expect(lockRemainingMs(state, later(MINUTE - 1))).toBe(1);
    expect(lockRemainingMs(state, later(MINUTE))).toBe(0);
  });

  it("doubles the lock with every further failure, up to one hour", () => {
    const locks = [5, 6, 7, 8, 9, 10, 11, 12, 20].map((failures) => lockRemainingMs(fail(failures), start) / MINUTE);
    expect(locks).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60]);
  });

  it("forgets failures a day old", () => {
    const old = fail(4);
    const next = afterFailure(old, ACCOUNT_POLICY, later(24 * 60 * MINUTE));
    expect(next.failures).toBe(1);
    expect(next.lockedUntil).toBeNull();
  });

  it("gives a client address more room than an account, since an office shares one", () => {
    expect(lockRemainingMs(fail(19, IP_POLICY), start)).toBe(0);
    expect(lockRemainingMs(fail(20, IP_POLICY), start)).toBe(MINUTE);
  });

  it("never tells someone to wait zero minutes", () => {
    expect(retryAfterMinutes(1)).toBe(1);
    expect(retryAfterMinutes(MINUTE + 1)).toBe(2);
    expect(retryAfterMinutes(0)).toBe(1);
  });
});
