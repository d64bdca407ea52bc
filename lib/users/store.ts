import type { Database } from "@/lib/db-client";
import type { Role } from "@/lib/generated/prisma/enums";
import { recordAudit, type Actor } from "@/lib/audit/store";
import { hashPassword } from "@/lib/auth/password";
import { DomainError, toDomainError } from "@/lib/errors";

// Reads and writes of user accounts, shared by the admin screens (through queries.ts and actions.ts)
// and the `npm run admin` command line. Every write is audited in its own transaction; the caller
// has checked the permission and validated the input (lib/users/schema.ts).


const userSummary = {
  id: true,
  name: true,
  email: true,
  role: true,
  disabledAt: true,
  lastLoginAt: true,
  createdAt: true,
} as const;

export function listUsers(database: Database) {
  return database.user.findMany({ select: userSummary, orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { name: "asc" }] });
}

export function findUser(database: Database, id: string) {
  return database.user.findUnique({ where: { id }, select: userSummary });
}

export function findUserByEmail(database: Database, email: string) {
  return database.user.findUnique({ where: { email }, select: userSummary });
}

async function requireUserRow(database: Pick<Database, "user">, id: string) {
  const user = await database.user.findUnique({ where: { id }, select: { ...userSummary, sessionVersion: true } });
  if (!user) throw new DomainError("NOT_FOUND", "user not found");
  return user;
}

export async function createUser(
  database: Database,
  input: { name: string; email: string; role: Role; password: string },
  actor: Actor,
): Promise<{ id: string }> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await database.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { name: input.name, email: input.email, role: input.role, passwordHash },
        select: { id: true, name: true, email: true, role: true },
      });
      await recordAudit(tx, {
        userId: actor.userId,
        action: "user.create",
        entityType: "User",
        entityId: user.id,
        after: user,
        ip: actor.ip,
      });
      return { id: user.id };
    });
  } catch (error) {
    throw toDomainError(error, "email already has an account");
  }
}

export async function changeUserRole(database: Database, userId: string, role: Role, actor: Actor): Promise<void> {
  await database.$transaction(async (tx) => {
    const before = await requireUserRow(tx, userId);
    if (before.role === role) return;
    await tx.user.update({ where: { id: userId }, data: { role } });
    await recordAudit(tx, {
      userId: actor.userId,
      action: "user.role-change",
      entityType: "User",
      entityId: userId,
      before: { role: before.role },
      after: { role },
      ip: actor.ip,
    });
  });
}

/**
 * Sets a new password and ends every session of the user (their tokens carry the old version).
 * `action` tells a reset by an administrator from a change by the user themselves.
 */
export async function setUserPassword(
  database: Database,
  userId: string,
  password: string,
  actor: Actor,
  action: "user.password-reset" | "auth.password-change" = "user.password-reset",
): Promise<void> {
  const passwordHash = await hashPassword(password);
  await database.$transaction(async (tx) => {
    const before = await requireUserRow(tx, userId);
    await tx.user.update({ where: { id: userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await recordAudit(tx, {
      userId: actor.userId,
      action,
      entityType: "User",
      entityId: userId,
      before: { sessionVersion: before.sessionVersion },
      after: { sessionVersion: before.sessionVersion + 1 },
      ip: actor.ip,
    });
  });
}

/** Disabling ends the user's sessions at once; enabling lets them sign in again (with a new session). */
export async function setUserDisabled(
  database: Database,
  userId: string,
  disabled: boolean,
  actor: Actor,
  now: Date = new Date(),
): Promise<void> {
  await database.$transaction(async (tx) => {
    const before = await requireUserRow(tx, userId);
    if ((before.disabledAt !== null) === disabled) return;
    const disabledAt = disabled ? now : null;
    await tx.user.update({
      where: { id: userId },
      data: disabled ? { disabledAt, sessionVersion: { increment: 1 } } : { disabledAt },
    });
    await recordAudit(tx, {
      userId: actor.userId,
      action: disabled ? "user.disable" : "user.enable",
      entityType: "User",
      entityId: userId,
      before: { disabledAt: before.disabledAt },
      after: { disabledAt },
      ip: actor.ip,
    });
  });
}

/** Sign-out: every session token of the user stops working, on this device and any other. */
export async function endUserSessions(database: Database, userId: string, actor: Actor): Promise<void> {
  await database.$transaction(async (tx) => {
    const user = await tx.user.update({
      where: { id: userId },
      data: { sessionVersion: { increment: 1 } },
      select: { sessionVersion: true },
    });
    await recordAudit(tx, {
      userId: actor.userId,
      action: "auth.sign-out",
      entityType: "User",
      entityId: userId,
      before: { sessionVersion: user.sessionVersion - 1 },
      after: { sessionVersion: user.sessionVersion },
      ip: actor.ip,
    });
  });
}

/** For the own-password form: does `password` match the user's current one? */
export async function userPasswordHash(database: Database, userId: string): Promise<string | null> {
  const user = await database.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  return user?.passwordHash ?? null;
}
