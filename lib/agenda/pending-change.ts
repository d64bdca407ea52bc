import type { Database } from "@/lib/db-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionInput } from "./schema";

// The draft of a change to a published session, as stored in sessions.pending_change: the form's
// validated input (instants as ISO strings), who saved it and when. Nothing public reads it.

type Tx = Prisma.TransactionClient;

export type PendingChange = { input: SessionInput; savedById: string | null; savedAt: string };

type StoredInput = Omit<SessionInput, "startsAt" | "endsAt"> & { startsAt: string; endsAt: string };
type StoredChange = { input: StoredInput; savedById: string | null; savedAt: string };

export function toStoredChange(input: SessionInput, savedById: string | null, savedAt: Date): Prisma.InputJsonValue {
  const stored: StoredChange = { input: { ...input, startsAt: input.startsAt.toISOString(), endsAt: input.endsAt.toISOString() }, savedById, savedAt: savedAt.toISOString() };
  return stored as unknown as Prisma.InputJsonValue;
}

function fromStoredChange(value: Prisma.JsonValue | null): PendingChange | null {
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  const stored = value as unknown as StoredChange;
  return { ...stored, input: { ...stored.input, startsAt: new Date(stored.input.startsAt), endsAt: new Date(stored.input.endsAt) } };
}

export async function readPendingChange(database: Tx | Database, sessionId: string): Promise<PendingChange | null> {
  const row = await database.session.findUnique({ where: { id: sessionId }, select: { pendingChange: true } });
  return fromStoredChange(row?.pendingChange ?? null);
}

/** Identifies one saved draft: publishing applies the draft the organiser looked at, not a newer one. */
export function pendingSavedAt(change: PendingChange | null): string | null {
  return change?.savedAt ?? null;
}

const COMPARED_FIELDS = [
  "type",
  "title",
  "titleEn",
  "content",
  "contentEn",
  "participants",
  "participantsEn",
  "startsAt",
  "endsAt",
  "timesProvisional",
  "venueId",
  "leadUnitId",
  "coordinatingUnitIds",
  "speakers",
  "capacity",
  "invitedCapacity",
  "registrationOpen",
] as const;

export type ComparedField = (typeof COMPARED_FIELDS)[number];
type Comparable = Pick<SessionInput, ComparedField>;

function comparable(value: unknown): string {
  return value instanceof Date ? value.toISOString() : JSON.stringify(value ?? null);
}

/** The fields a draft of the change would change, in the form's order. */
export function changedFields(published: Comparable, draft: Comparable): ComparedField[] {
  return COMPARED_FIELDS.filter((field) => comparable(published[field]) !== comparable(draft[field]));
}
