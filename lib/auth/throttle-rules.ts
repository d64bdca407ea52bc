// Brute-force protection, as pure rules: how failed sign-ins turn into temporary locks.
// The state lives in PostgreSQL (login_throttles, see throttle.ts) so every app instance sees it.

export type ThrottleState = { failures: number; lastFailureAt: Date; lockedUntil: Date | null };

export type ThrottlePolicy = {
  /** Failures allowed before the first lock. */
  freeFailures: number;
  firstLockMs: number;
  /** Each further failure doubles the lock, up to this. */
  maxLockMs: number;
  /** A failure older than this no longer counts. */
  forgetAfterMs: number;
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Per e-mail address, whether or not an account has it: 5 failures lock it for 1 min, then 2, 4… up to 1 h. */
export const ACCOUNT_POLICY: ThrottlePolicy = { freeFailures: 5, firstLockMs: MINUTE, maxLockMs: HOUR, forgetAfterMs: 24 * HOUR };

/**
 * Per client address. Looser, because a whole office can sit behind one address; it stops one
 * machine from trying a password against many accounts.
 */
export const IP_POLICY: ThrottlePolicy = { freeFailures: 20, firstLockMs: MINUTE, maxLockMs: HOUR, forgetAfterMs: 24 * HOUR };

export function accountThrottleKey(email: string): string {
  return `account:${email}`;
}

export function ipThrottleKey(address: string): string {
  return `ip:${address}`;
}

/** Milliseconds until the lock ends; 0 when sign-in is allowed. */
export function lockRemainingMs(state: ThrottleState | null, now: Date): number {
  if (!state?.lockedUntil) return 0;
  return Math.max(0, state.lockedUntil.getTime() - now.getTime());
}

/** The state after one more failure. */
export function afterFailure(state: ThrottleState | null, policy: ThrottlePolicy, now: Date): ThrottleState {
  const stillCounts = state !== null && now.getTime() - state.lastFailureAt.getTime() < policy.forgetAfterMs;
  const failures = (stillCounts ? state.failures : 0) + 1;
  const beyondFree = failures - policy.freeFailures;
  if (beyondFree < 0) return { failures, lastFailureAt: now, lockedUntil: null };
  const lockMs = Math.min(policy.firstLockMs * 2 ** Math.min(beyondFree, 30), policy.maxLockMs);
  return { failures, lastFailureAt: now, lockedUntil: new Date(now.getTime() + lockMs) };
}

/** Minutes to show to the person waiting, rounded up so "0 minutes" never appears. */
export function retryAfterMinutes(remainingMs: number): number {
  return Math.max(1, Math.ceil(remainingMs / MINUTE));
}
