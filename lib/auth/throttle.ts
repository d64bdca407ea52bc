import type { Database } from "@/lib/db-client";
import { afterFailure, lockRemainingMs, type ThrottlePolicy } from "./throttle-rules";

export type ThrottleKey = { key: string; policy: ThrottlePolicy };

/** The longest lock among the keys, in milliseconds; 0 when none is locked. */
export async function throttleLockRemainingMs(database: Database, keys: string[], now: Date): Promise<number> {
  const rows = await database.loginThrottle.findMany({
    where: { key: { in: keys } },
    select: { failures: true, lastFailureAt: true, lockedUntil: true },
  });
  return Math.max(0, ...rows.map((row) => lockRemainingMs(row, now)));
}

/**
 * Counts one failure against each key. The row is locked while the next state is computed, so two
 * failures arriving together both count. Returns the longest lock now in force.
 */
export async function recordThrottleFailure(database: Database, keys: ThrottleKey[], now: Date): Promise<number> {
  return database.$transaction(async (tx) => {
    let longest = 0;
    for (const { key, policy } of keys) {
      await tx.$executeRaw`INSERT INTO login_throttles (key, failures, last_failure_at) VALUES (${key}, 0, ${now}) ON CONFLICT (key) DO NOTHING`;
      const [row] = await tx.$queryRaw<{ failures: number; lastFailureAt: Date; lockedUntil: Date | null }[]>`
        SELECT failures, last_failure_at AS "lastFailureAt", locked_until AS "lockedUntil"
        FROM login_throttles WHERE key = ${key} FOR UPDATE`;
      const next = afterFailure(row && row.failures > 0 ? row : null, policy, now);
      await tx.loginThrottle.update({ where: { key }, data: next });
      longest = Math.max(longest, lockRemainingMs(next, now));
    }
    return longest;
  });
}

/** Forgets the failures of a key (after a successful sign-in). */
export async function clearThrottle(database: Database, key: string): Promise<void> {
  await database.loginThrottle.deleteMany({ where: { key } });
}
