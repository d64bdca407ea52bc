import type { Database } from "@/lib/db-client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SessionStatus } from "@/lib/generated/prisma/enums";
import { recordAudit, type Actor } from "@/lib/audit/store";
import { DomainError, isCheckViolation, isUniqueViolation, postgresErrorCode, violatedConstraint } from "@/lib/errors";
import { slugify } from "@/lib/i18n/fold";
import { MAILABLE_REGISTRATION } from "@/lib/registration/mailable";
import { queueSeatNotices } from "@/lib/registration/mail-queue-store";
import { fillFreedSeats, type Promotion } from "@/lib/registration/seat-store";
import { owedScheduleChangeNotice } from "@/lib/registration/session-change-store";
import {
  canDeleteSession,
  hasScheduleChanged,
  isCapacityBelowConfirmed,
  nextSessionStatus,
  searchWords,
  SESSION_CONTENT_SELECT,
  sessionWarnings,
  type SessionStatusChange,
  type SessionWarning,
} from "./rules";
import { pendingSavedAt, readPendingChange } from "./pending-change";
import { venueLine } from "./present";
import type { SessionInput } from "./schema";

// The organisers' reads and writes of sessions, on any database (the admin screens bind them to the
// app's client in admin-queries.ts and actions.ts, the tests to their own). Every write runs in one
// transaction with its audit record; the caller has checked the permission and validated the input.

type Tx = Prisma.TransactionClient;

export type AdminSessionFilters = { q?: string; status?: SessionStatus };

/** Editions for the admin edition switcher, newest first. */
export function listEditionsForAdmin(database: Database) {
  return database.edition.findMany({
    orderBy: { year: "desc" },
    select: { id: true, year: true, name: true, status: true, isCurrent: true, startsOn: true, endsOn: true, timeZone: true },
  });
}

/** Sessions whose texts hold every word of `query`, accents and case ignored (the agenda's search index). */
async function sessionIdsMatching(database: Database, editionId: string, query: string): Promise<string[] | null> {
  const words = searchWords(query);
  if (words.length === 0) return null;
  const conditions = words.map(
    (word) =>
      Prisma.sql`search_document(title, title_en, content, content_en, participants, participants_en) LIKE '%' || search_normalize(${word}) || '%'`,
  );
  const rows = await database.$queryRaw<{ id: string }[]>`
    SELECT id::text AS id FROM sessions WHERE edition_id = ${editionId}::uuid AND ${Prisma.join(conditions, " AND ")}`;
  return rows.map((row) => row.id);
}

export async function listSessionsForAdmin(database: Database, editionId: string, filters: AdminSessionFilters = {}) {
  const ids = filters.q ? await sessionIdsMatching(database, editionId, filters.q) : null;
  return database.session.findMany({
    where: { editionId, ...(filters.status ? { status: filters.status } : {}), ...(ids ? { id: { in: ids } } : {}) },
    orderBy: [{ startsAt: "asc" }, { title: "asc" }],
    select: {
      id: true,
      slug: true,
      title: true,
      type: true,
      status: true,
      startsAt: true,
      endsAt: true,
      capacity: true,
      seatsTaken: true,
      venue: { select: { name: true } },
      leadUnit: { select: { name: true, shortName: true } },
    },
  });
}

/** The choices of the session form's pickers. */
export async function sessionFormOptions(database: Database) {
  const [units, venues, speakers] = await Promise.all([
    database.unit.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, shortName: true } }),
    database.venue.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, capacity: true } }),
    database.speaker.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, organization: true } }),
  ]);
  return { units, venues, speakers };
}

export type SessionFormOptions = Awaited<ReturnType<typeof sessionFormOptions>>;

const editableSelect = {
  id: true,
  editionId: true,
  ...SESSION_CONTENT_SELECT,
  status: true,
  timesProvisional: true,
  venueId: true,
  leadUnitId: true,
  capacity: true,
  seatsTaken: true,
  invitedCapacity: true,
  invitedSeatsTaken: true,
  registrationOpen: true,
  coordinatingUnits: { orderBy: { position: "asc" }, select: { unitId: true } },
  speakers: { orderBy: { position: "asc" }, select: { speakerId: true, role: true } },
} satisfies Prisma.SessionSelect;

type EditableRow = Prisma.SessionGetPayload<{ select: typeof editableSelect }>;

/** A session as the audit log and the edit form see it: its own fields and the ids it links to. */
function toSnapshot({ coordinatingUnits, speakers, ...session }: EditableRow) {
  return { ...session, coordinatingUnitIds: coordinatingUnits.map((unit) => unit.unitId), speakers };
}

type EditableSession = ReturnType<typeof toSnapshot>;

async function readSnapshot(tx: Tx | Database, id: string): Promise<EditableSession | null> {
  const row = await tx.session.findUnique({ where: { id }, select: editableSelect });
  return row && toSnapshot(row);
}

/**
 * A session for its edit page, with its edition, how many delegates hold a seat (or wait for one) and
 * how many seats it ever had (any keeps it from being deleted); null if unknown.
 */
export async function getSessionForEdit(database: Database, id: string) {
  const session = await readSnapshot(database, id);
  if (!session) return null;
  const [edition, activeSeats, seatCount] = await Promise.all([
    database.edition.findUniqueOrThrow({ where: { id: session.editionId }, select: { id: true, year: true, name: true, status: true, isCurrent: true } }),
    countActiveSeats(database, id),
    database.seat.count({ where: { sessionId: id } }),
  ]);
  return { session, edition, activeSeats, seatCount };
}

function countActiveSeats(tx: Tx | Database, sessionId: string): Promise<number> {
  return tx.seat.count({ where: { sessionId, status: { in: ["CONFIRMED", "WAITLISTED"] } } });
}

/** The fields of a session its warnings depend on, as saved or as an edit proposes them. */
type WarningCandidate = Pick<SessionInput, "type" | "venueId" | "startsAt" | "endsAt" | "capacity" | "invitedCapacity">;

/**
 * What the organiser should check about a session: venue clash, dates, venue capacity. With a
 * `candidate`, about the session as that edit would make it (before anything is published).
 */
export async function findSessionWarnings(database: Database, id: string, candidate?: WarningCandidate): Promise<SessionWarning[]> {
  const stored = await database.session.findUnique({
    where: { id },
    select: {
      id: true,
      type: true,
      venueId: true,
      startsAt: true,
      endsAt: true,
      capacity: true,
      invitedCapacity: true,
      edition: { select: { startsOn: true, endsOn: true, timeZone: true } },
    },
  });
  if (!stored) return [];
  const session = { ...stored, ...(candidate ?? {}) };
  const venue = session.venueId ? await database.venue.findUnique({ where: { id: session.venueId }, select: { capacity: true } }) : null;
  const sameVenueSessions = session.venueId
    ? await database.session.findMany({
        where: {
          venueId: session.venueId,
          id: { not: session.id },
          startsAt: { lt: session.endsAt },
          endsAt: { gt: session.startsAt },
        },
        orderBy: { startsAt: "asc" },
        select: { id: true, title: true, type: true, status: true, venueId: true, startsAt: true, endsAt: true },
      })
    : [];
  return sessionWarnings({ session, edition: stored.edition, venueCapacity: venue?.capacity ?? null, sameVenueSessions });
}

function sessionData(input: SessionInput) {
  const { coordinatingUnitIds, speakers, slug: _slug, ...fields } = input;
  return {
    fields,
    coordinatingUnits: coordinatingUnitIds.map((unitId, position) => ({ unitId, position })),
    speakers: speakers.map((speaker, position) => ({ ...speaker, position })),
  };
}

/** The title's slug, or the first free `<slug>-2`, `-3`… in the edition. */
async function freeSlug(tx: Tx, editionId: string, title: string): Promise<string> {
  const base = slugify(title) || "hoat-dong";
  const taken = new Set(
    (await tx.session.findMany({ where: { editionId, slug: { startsWith: base } }, select: { slug: true } })).map((row) => row.slug),
  );
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix++) if (!taken.has(`${base}-${suffix}`)) return `${base}-${suffix}`;
}

/** A draft session in the edition. A slug the organiser typed must be free (CONFLICT otherwise). */
export async function createSession(database: Database, editionId: string, input: SessionInput, actor: Actor): Promise<{ id: string }> {
  const data = sessionData(input);
  try {
    return await database.$transaction(async (tx) => {
      const slug = input.slug ?? (await freeSlug(tx, editionId, input.title));
      const { id } = await tx.session.create({
        data: {
          ...data.fields,
          editionId,
          slug,
          status: "DRAFT",
          coordinatingUnits: { create: data.coordinatingUnits },
          speakers: { create: data.speakers },
        },
        select: { id: true },
      });
      const after = await readSnapshot(tx, id);
      await recordAudit(tx, { userId: actor.userId, action: "session.create", entityType: "Session", entityId: id, after, ip: actor.ip });
      return { id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError("CONFLICT", "slug taken", { field: "slug" });
    throw error;
  }
}

/** Locks the session's row as seat-taking does, so that no seat is confirmed while its capacity changes. */
async function lockSession(tx: Tx, id: string): Promise<void> {
  const rows = await tx.$queryRaw<unknown[]>`SELECT 1 FROM sessions WHERE id = ${id}::uuid FOR NO KEY UPDATE`;
  if (rows.length === 0) throw new DomainError("NOT_FOUND", "session not found");
}

/** Refuses (INVALID_STATE, naming the field) a public capacity or an invited quota below the seats already confirmed in it. */
function assertSeatsStillFit(input: SessionInput, before: EditableSession): void {
  if (isCapacityBelowConfirmed(input.capacity, before.seatsTaken)) {
    throw new DomainError("INVALID_STATE", "capacity below confirmed seats", { field: "capacity", seatsTaken: before.seatsTaken });
  }
  if (isCapacityBelowConfirmed(input.invitedCapacity, before.invitedSeatsTaken)) {
    throw new DomainError("INVALID_STATE", "invited quota below accepted invitations", { field: "invitedCapacity", seatsTaken: before.invitedSeatsTaken });
  }
}

/** The venue as one line of a delegate's e-mail (the same line the e-mail prints for the new venue). */
async function venueText(tx: Tx, venueId: string | null): Promise<string | null> {
  if (!venueId) return null;
  const venue = await tx.venue.findUnique({ where: { id: venueId }, select: { name: true, address: true } });
  return venue && venueLine(venue.name, venue.address);
}

/**
 * The point where a published session's public time or place changes: every delegate holding a seat
 * is owed an e-mail about it (lib/registration/session-change-store.ts), in this same transaction. Any
 * other code path that moves a published session must call this too.
 */
async function noteScheduleChange(tx: Tx, before: EditableSession, after: EditableSession): Promise<number> {
  if (before.status !== "PUBLISHED" || after.status !== "PUBLISHED" || !hasScheduleChanged(before, after)) return 0;
  return owedScheduleChangeNotice(tx, after.id, {
    startsAt: before.startsAt.toISOString(),
    endsAt: before.endsAt.toISOString(),
    venue: await venueText(tx, before.venueId),
  });
}

/**
 * Saves the form; a capacity or invited quota below the seats already confirmed is refused
 * (INVALID_STATE). Seats a larger capacity frees go to the wait list first, in its order, before any
 * newcomer can take them; returns those promotions, for their e-mails.
 */
type UpdateOptions = {
  /** The audit action: `session.update`, or `session.publishChange` when a saved draft of the change is published. */
  action?: string;
  /** Publishing a draft of the change: refused (INVALID_STATE) if the draft is not this one any more. */
  pendingSavedAt?: string;
};

export async function updateSession(database: Database, id: string, input: SessionInput, actor: Actor, options: UpdateOptions = {}): Promise<Promotion[]> {
  const data = sessionData(input);
  try {
    return await database.$transaction(async (tx) => {
      await lockSession(tx, id);
      const before = (await readSnapshot(tx, id))!;
      if (options.pendingSavedAt !== undefined && pendingSavedAt(await readPendingChange(tx, id)) !== options.pendingSavedAt) {
        throw new DomainError("INVALID_STATE", "the draft of the change was replaced", { reason: "draftReplaced" });
      }
      // Checked here, under the lock, so that a registration or an accepted invitation cannot slip in between.
      assertSeatsStillFit(input, before);
      await tx.session.update({
        where: { id },
        data: {
          ...data.fields,
          // Whatever is applied replaces a draft of the change that was waiting.
          pendingChange: Prisma.DbNull,
          coordinatingUnits: { deleteMany: {}, create: data.coordinatingUnits },
          speakers: { deleteMany: {}, create: data.speakers },
        },
      });
      const promoted = before.status === "CANCELLED" ? [] : await fillFreedSeats(tx, id, 0);
      const after = await readSnapshot(tx, id);
      await noteScheduleChange(tx, before, after!);
      await recordAudit(tx, { userId: actor.userId, action: options.action ?? "session.update", entityType: "Session", entityId: id, before, after, ip: actor.ip });
      return promoted.map((registrationId) => ({ registrationId, sessionId: id, sessionSlug: after!.slug }));
    });
  } catch (error) {
    // The CHECKs sessions_seats_within_capacity and sessions_invited_seats_within_quota are the backstop of the rule above.
    if (isCheckViolation(error)) {
      const field = violatedConstraint(error) === "sessions_invited_seats_within_quota" ? "invitedCapacity" : "capacity";
      throw new DomainError("INVALID_STATE", "seats below confirmed", { field });
    }
    throw error;
  }
}

/**
 * Marks the cancellation e-mail due on every seat held in the session and queues it, in the
 * transaction of the cancellation; returns the registrations told.
 */
async function owedCancellationNotice(tx: Tx, sessionId: string): Promise<string[]> {
  const seats = await tx.seat.updateManyAndReturn({
    where: { sessionId, status: { in: ["CONFIRMED", "WAITLISTED"] }, registration: MAILABLE_REGISTRATION },
    data: { noticeKind: "SESSION_CANCELLED", noticeDueAt: new Date() },
    select: { registrationId: true },
  });
  const registrationIds = seats.map((seat) => seat.registrationId);
  await queueSeatNotices(tx, "SESSION_CANCELLED", sessionId, registrationIds);
  return registrationIds;
}

type StatusChangeResult = {
  status: SessionStatus;
  /** Registrations holding a seat in a session just cancelled: each is told by e-mail. */
  registrationsToNotify: string[];
};

/** Publishes, unpublishes or cancels; refusals are INVALID_STATE with the rule's reason. */
export async function changeSessionStatus(
  database: Database,
  id: string,
  change: SessionStatusChange,
  actor: Actor,
): Promise<StatusChangeResult> {
  return database.$transaction(async (tx) => {
    await lockSession(tx, id);
    const before = await tx.session.findUniqueOrThrow({ where: { id }, select: { status: true, registrationOpen: true } });
    const next = nextSessionStatus(before.status, change, await countActiveSeats(tx, id));
    if (!next.ok) throw new DomainError("INVALID_STATE", next.reason, { reason: next.reason });
    const after = { status: next.status, registrationOpen: change === "cancel" ? false : before.registrationOpen };
    await tx.session.update({ where: { id }, data: after });
    await recordAudit(tx, { userId: actor.userId, action: `session.${change}`, entityType: "Session", entityId: id, before, after, ip: actor.ip });
    const registrationsToNotify = change === "cancel" ? await owedCancellationNotice(tx, id) : [];
    return { status: next.status, registrationsToNotify };
  });
}

const FOREIGN_KEY_VIOLATION = "23503";

/** Deletes a session nobody registered for; otherwise INVALID_STATE (it can be cancelled instead). */
export async function deleteSession(database: Database, id: string, actor: Actor): Promise<{ year: number }> {
  try {
    return await database.$transaction(async (tx) => {
      await lockSession(tx, id);
      const before = (await readSnapshot(tx, id))!;
      if (!canDeleteSession(await tx.seat.count({ where: { sessionId: id } }))) {
        throw new DomainError("INVALID_STATE", "hasRegistrations", { reason: "hasRegistrations" });
      }
      await tx.session.delete({ where: { id } });
      await recordAudit(tx, { userId: actor.userId, action: "session.delete", entityType: "Session", entityId: id, before, ip: actor.ip });
      const edition = await tx.edition.findUniqueOrThrow({ where: { id: before.editionId }, select: { year: true } });
      return { year: edition.year };
    });
  } catch (error) {
    // Check-ins, invitations or press accreditations naming the session hold it too.
    if (postgresErrorCode(error) === FOREIGN_KEY_VIOLATION) {
      throw new DomainError("INVALID_STATE", "hasRegistrations", { reason: "hasRegistrations" });
    }
    throw error;
  }
}
