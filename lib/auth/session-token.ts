import { z } from "@/lib/zod";
import type { Database } from "@/lib/db-client";
import { Role } from "@/lib/generated/prisma/enums";

/** The signed-in person as pages and actions see them: read from the database on every request. */
export type SessionUser = { id: string; name: string; email: string; role: Role };

/** What the session cookie (an encrypted JWT) carries besides next-auth's own claims. */
export const sessionClaimsSchema = z.object({
  userId: z.uuid(),
  role: z.enum(Role),
  sessionVersion: z.number().int().nonnegative(),
});

export type SessionClaims = z.infer<typeof sessionClaimsSchema>;

/**
 * The user behind a decoded session token, or null when the token must be refused: unknown user,
 * disabled user, or a session version that has moved on (logout, password change, disabling).
 * The role comes from the database, so a role change applies at the next request.
 */
export async function validateSessionToken(database: Database, token: unknown): Promise<SessionUser | null> {
  const claims = sessionClaimsSchema.safeParse(token);
  if (!claims.success) return null;
  const user = await database.user.findUnique({
    where: { id: claims.data.userId },
    select: { id: true, name: true, email: true, role: true, sessionVersion: true, disabledAt: true },
  });
  if (!user || user.disabledAt !== null || user.sessionVersion !== claims.data.sessionVersion) return null;
  return { id: user.id, name: user.name, email: user.email, role: user.role };
}
