type DomainErrorCode = "NOT_FOUND" | "FORBIDDEN" | "CONFLICT" | "FULL" | "INVALID_STATE" | "RATE_LIMITED";

/** An expected failure of a domain rule, returned to the user as a message rather than a crash. */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "DomainError";
  }
}

type DriverCause = { originalCode?: string; originalMessage?: string };
type PrismaLikeError = { code?: string; meta?: { driverAdapterError?: { cause?: DriverCause }; target?: unknown } };

const UNIQUE_VIOLATION = "23505";
const CHECK_VIOLATION = "23514";
const FOREIGN_KEY_VIOLATION = "23503";

/**
 * The PostgreSQL SQLSTATE behind a Prisma error. Prisma reports a CHECK failure as P2039 or
 * P2010 depending on the call, so the driver's original code is the reliable one.
 */
export function postgresErrorCode(error: unknown): string | undefined {
  const cause = (error as PrismaLikeError)?.meta?.driverAdapterError?.cause;
  if (cause?.originalCode) return cause.originalCode;
  // A pg DatabaseError (raw driver queries) carries the SQLSTATE itself, next to a severity.
  const driverError = error as { code?: unknown; severity?: unknown };
  if (typeof driverError?.severity === "string" && typeof driverError.code === "string") return driverError.code;
  return (error as PrismaLikeError)?.code === "P2002" ? UNIQUE_VIOLATION : undefined;
}

export function isUniqueViolation(error: unknown): boolean {
  return postgresErrorCode(error) === UNIQUE_VIOLATION;
}

export function isCheckViolation(error: unknown): boolean {
  return postgresErrorCode(error) === CHECK_VIOLATION;
}

/** A row is still referenced (or references nothing): Prisma's P2003 or the driver's SQLSTATE. */
export function isForeignKeyViolation(error: unknown): boolean {
  return postgresErrorCode(error) === FOREIGN_KEY_VIOLATION || (error as PrismaLikeError)?.code === "P2003";
}

/** The name of the constraint a PostgreSQL error names in its message ("… violates check constraint "x""), if any. */
export function violatedConstraint(error: unknown): string | undefined {
  const message = (error as PrismaLikeError)?.meta?.driverAdapterError?.cause?.originalMessage ?? (error as Error)?.message ?? "";
  return /constraint "([^"]+)"/.exec(message)?.[1];
}

/** Maps a unique violation to CONFLICT; anything else is unexpected and rethrown. */
export function toDomainError(error: unknown, conflictMessage: string): DomainError {
  if (isUniqueViolation(error)) return new DomainError("CONFLICT", conflictMessage);
  throw error;
}
