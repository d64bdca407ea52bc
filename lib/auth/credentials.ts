import type { Database } from "@/lib/db-client";
import type { Role } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/store";
import { normalizeEmail } from "@/lib/registration/rules";
import { UNKNOWN_ACCOUNT_HASH, verifyPassword } from "./password";
import { clearThrottle, recordThrottleFailure, throttleLockRemainingMs, type ThrottleKey } from "./throttle";
import { ACCOUNT_POLICY, IP_POLICY, accountThrottleKey, ipThrottleKey } from "./throttle-rules";

/** What the session token is issued from. */
type AuthenticatedUser = { id: string; name: string; email: string; role: Role; sessionVersion: number };

type AuthenticationResult =
  | { ok: true; user: AuthenticatedUser }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; retryAfterMs: number };

const MAX_EMAIL_LENGTH = 254;

/**
 * Checks an e-mail and password. Every failure looks the same from outside, whether the account is
 * missing, disabled or the password wrong: the same answer, and a password check of the same cost
 * (against a dummy hash when there is no account). Failures count against the address typed and the
 * client address; a locked key is refused before any password is checked.
 */
export async function authenticate(
  database: Database,
  input: { email: unknown; password: unknown; ip: string | null },
  now: Date = new Date(),
): Promise<AuthenticationResult> {
  const email = typeof input.email === "string" ? normalizeEmail(input.email).slice(0, MAX_EMAIL_LENGTH) : "";
  const password = typeof input.password === "string" ? input.password : "";
  const keys: ThrottleKey[] = [{ key: accountThrottleKey(email), policy: ACCOUNT_POLICY }];
  if (input.ip) keys.push({ key: ipThrottleKey(input.ip), policy: IP_POLICY });

  const lockedMs = await throttleLockRemainingMs(
    database,
    keys.map(({ key }) => key),
    now,
  );
  if (lockedMs > 0) return { ok: false, reason: "locked", retryAfterMs: lockedMs };

  const user = email
    ? await database.user.findUnique({
        where: { email },
        select: { id: true, name: true, email: true, role: true, sessionVersion: true, passwordHash: true, disabledAt: true },
      })
    : null;
  const passwordMatches = await verifyPassword(user?.passwordHash ?? UNKNOWN_ACCOUNT_HASH, password);
  if (!user || !passwordMatches || user.disabledAt || password.length === 0) {
    const lockMs = await recordThrottleFailure(database, keys, now);
    return lockMs > 0 ? { ok: false, reason: "locked", retryAfterMs: lockMs } : { ok: false, reason: "invalid" };
  }

  await clearThrottle(database, accountThrottleKey(email));
  await database.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
    await recordAudit(tx, { userId: user.id, action: "auth.sign-in", entityType: "User", entityId: user.id, ip: input.ip });
  });
  return {
    ok: true,
    user: { id: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion },
  };
}
