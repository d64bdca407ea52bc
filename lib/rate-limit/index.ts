import "server-only";
import { requestClientAddress } from "@/lib/http/client-address";
import type { Database } from "@/lib/db-client";

// Fixed windows counted in PostgreSQL, so that every app instance enforces the same limit.

export type RateLimit = { limit: number; windowSeconds: number };
type RateLimitDecision = { allowed: boolean; retryAfterSeconds: number };

/** Expired windows are swept now and then by whichever request happens to draw it. */
const SWEEP_PROBABILITY = 0.01;

/**
 * Counts one request for `key` and says whether it is within the limit. One atomic upsert: two
 * instances counting the same key at the same moment both see the other's request. A limit of 0
 * or less lets everything through (load tests).
 */
export async function checkRateLimit(database: Database, key: string, { limit, windowSeconds }: RateLimit): Promise<RateLimitDecision> {
  if (limit <= 0) return { allowed: true, retryAfterSeconds: 0 };
  const rows = await database.$queryRaw<{ count: number; retry_after: number }[]>`
    INSERT INTO rate_limit_windows AS w (key, count, window_ends_at)
    VALUES (${key}, 1, now() + make_interval(secs => ${windowSeconds}))
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN w.window_ends_at <= now() THEN 1 ELSE LEAST(w.count + 1, ${limit + 1}) END,
      window_ends_at = CASE WHEN w.window_ends_at <= now() THEN EXCLUDED.window_ends_at ELSE w.window_ends_at END
    RETURNING count, GREATEST(ceil(extract(epoch FROM window_ends_at - now())), 1)::int AS retry_after`;
  if (Math.random() < SWEEP_PROBABILITY) await sweepExpiredWindows(database);
  const row = rows[0];
  if (!row) throw new Error("the rate-limit upsert returned no row");
  return row.count <= limit ? { allowed: true, retryAfterSeconds: 0 } : { allowed: false, retryAfterSeconds: row.retry_after };
}

export async function sweepExpiredWindows(database: Database): Promise<number> {
  return database.$executeRaw`DELETE FROM rate_limit_windows WHERE window_ends_at < now() - interval '1 minute'`;
}

/**
 * The rate-limit key of the client: the address the reverse proxy appended to X-Forwarded-For (the
 * first hops are the client's own words, so it could pick a fresh key for every request). Without a
 * proxy there is no address, and all such requests share one key (see README, Deployment).
 */
export function clientIp(headers: Pick<Headers, "get">): string {
  return requestClientAddress(headers) ?? "unknown";
}
