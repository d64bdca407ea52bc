import "server-only";
import { queueSeatNotices } from "./mail-queue-store";
import { driverPool, type Database } from "@/lib/db-client";
import { DomainError } from "@/lib/errors";
import type { RegistrationSource, RegistrationStatus, SeatStatus } from "@/lib/generated/prisma/client";
import { waitlistPosition } from "./rules";
import { consentPurposes, type RegistrationInput } from "./schema";

// The SQL of seat taking and releasing. Inside a transaction the callers lock the session rows first
// (lockSessions) and hold them until commit, so each statement here sees every committed seat of those
// sessions; a registration does all of it in the SQL function register_delegate.

export type Transaction = Parameters<Parameters<Database["$transaction"]>[0]>[0];

export type SeatOutcome = { session: string; status: "confirmed" | "waitlisted"; waitlistPosition?: number };
export type Promotion = { registrationId: string; sessionId: string; sessionSlug: string };
type LockedSession = { id: string; slug: string; registrationOpen: boolean };

/**
 * Locks sessions in id order. NO KEY UPDATE (not UPDATE) so that other transactions can still
 * insert rows that merely reference the session (their foreign-key check takes KEY SHARE).
 */
export async function lockSessions(tx: Transaction, sessionIds: string[]): Promise<LockedSession[]> {
  if (sessionIds.length === 0) return [];
  const rows = await tx.$queryRaw<{ id: string; slug: string; registration_open: boolean }[]>`
    SELECT id::text, slug, registration_open FROM sessions
    WHERE id = ANY(${sessionIds}::uuid[])
    ORDER BY id
    FOR NO KEY UPDATE`;
  return rows.map((row) => ({ id: row.id, slug: row.slug, registrationOpen: row.registration_open }));
}

/** Locks the registration against concurrent changes of the same delegate (double clicks, two tabs). */
export async function lockRegistration(tx: Transaction, registrationId: string) {
  const rows = await tx.$queryRaw<{ status: RegistrationStatus; edition_id: string }[]>`
    SELECT status, edition_id::text FROM registrations WHERE id = ${registrationId}::uuid FOR NO KEY UPDATE`;
  const [row] = rows;
  if (!row) throw new DomainError("NOT_FOUND", "registration not found");
  return { status: row.status, editionId: row.edition_id };
}

type NewRegistration = {
  year: number;
  code: string;
  input: RegistrationInput;
  noticeVersion: string;
  manageTokenHash: string;
  /** The manage link's secret, for the confirmation e-mail queued with the registration. */
  manageToken: string;
  /** The portal's clock (lib/time/clock.ts): sessions that ended before it take no registration. */
  now: Date;
};

export type RegisterOutcome =
  | { status: "not_found" }
  | { status: "unavailable"; sessions: string[]; past: string[] }
  | {
      status: "created";
      registrationId: string;
      seats: { session: string; status: SeatStatus; waitlistPosition: number | null }[];
    };

/**
 * The whole registration in one round trip, committed on its own: the SQL function
 * `register_delegate` (migrations 20261123194000, 20261207003000) checks the edition and the sessions, writes the
 * registration and its consents, then takes the seats through `take_seats`. One JSON parameter,
 * sent straight through the client's pg pool, keeps the app's work per call small: in a rush the
 * app's processor, not the database, sets the pace. A unique violation (same e-mail, or a code
 * collision) is thrown to the caller and nothing is written. The confirmation e-mail is queued in
 * the outbox by the same statement, so it exists exactly when the registration does.
 */
const REGISTER_AND_QUEUE = `
  WITH registered AS (SELECT register_delegate($1::jsonb) AS outcome),
  queued AS (
    INSERT INTO outbox_messages (id, kind, recipient, payload, registration_id)
    SELECT gen_random_uuid(), 'registration.confirmation', $1::jsonb ->> 'email', $2::jsonb, (outcome ->> 'registrationId')::uuid
    FROM registered WHERE outcome ->> 'status' = 'created'
  )
  SELECT outcome FROM registered`;

/** The JSON request of `register_delegate`; also sent by a delegation, once per member, in its own transaction. */
export function registrationRequest(values: Omit<NewRegistration, "manageToken">): string {
  const { input } = values;
  const purposes = consentPurposes(input);
  return JSON.stringify({
    year: values.year,
    code: values.code,
    fullName: input.fullName,
    // An optional position left empty is stored as no position.
    position: input.position || null,
    organization: input.organization,
    group: input.group,
    email: input.email,
    phone: input.phone,
    province: input.province,
    manageTokenHash: values.manageTokenHash,
    noticeVersion: values.noticeVersion,
    purposes,
    sessions: input.sessions,
    now: values.now.toISOString(),
  });
}

export async function insertRegistrationWithSeats(database: Database, values: NewRegistration): Promise<RegisterOutcome> {
  const request = registrationRequest(values);
  const mail = JSON.stringify({ manageToken: values.manageToken });
  const pool = driverPool(database);
  const rows = pool
    ? (await pool.query<{ outcome: RegisterOutcome }>(REGISTER_AND_QUEUE, [request, mail])).rows
    : await database.$queryRawUnsafe<{ outcome: RegisterOutcome }[]>(REGISTER_AND_QUEUE, request, mail);
  const outcome = rows[0]?.outcome;
  if (!outcome) throw new Error("register_delegate returned nothing");
  return outcome;
}

/** Position of each of the registration's wait-listed seats, by session id (a fresh snapshot). */
export async function waitlistPositionsOf(database: Database | Transaction, registrationId: string): Promise<Map<string, number>> {
  const rows = await database.$queryRaw<{ session_id: string; ahead: number }[]>`
    SELECT mine.session_id::text,
           (SELECT count(*) FROM seats ahead
            WHERE ahead.session_id = mine.session_id AND ahead.status = 'WAITLISTED'
              AND ahead.queue_number < mine.queue_number)::int AS ahead
    FROM seats mine
    WHERE mine.registration_id = ${registrationId}::uuid AND mine.status = 'WAITLISTED'`;
  return new Map(rows.map((row) => [row.session_id, waitlistPosition(row.ahead)]));
}

/**
 * Takes a seat in each session (SQL function `take_seats`): confirmed while the conditional UPDATE
 * finds one free, wait-listed otherwise, with the place in the queue. The sessions are locked in
 * the function (a no-op when the caller holds them already).
 */
export async function takeSeats(tx: Transaction, registrationId: string, sessions: LockedSession[]): Promise<SeatOutcome[]> {
  if (sessions.length === 0) return [];
  const rows = await tx.$queryRaw<{ session_id: string; status: SeatStatus; waitlist_position: number | null }[]>`
    SELECT session_id::text, status, waitlist_position
    FROM take_seats(${registrationId}::uuid, ${sessions.map((session) => session.id)}::uuid[])`;
  const slugOf = new Map(sessions.map((session) => [session.id, session.slug]));
  return rows.map((row) => toSeatOutcome(slugOf.get(row.session_id) ?? row.session_id, row.status, row.waitlist_position));
}

export function toSeatOutcome(session: string, status: SeatStatus, waitlistPosition: number | null): SeatOutcome {
  return status === "CONFIRMED"
    ? { session, status: "confirmed" }
    : { session, status: "waitlisted", waitlistPosition: waitlistPosition ?? undefined };
}

/**
 * Cancels the delegate's active seats in the given sessions; returns what each seat was before,
 * and whether it came from the invited quota (a cancelled seat is public again: CHECK
 * seats_invited_only_when_confirmed).
 */
export async function cancelActiveSeats(tx: Transaction, registrationId: string, sessionIds: string[]) {
  const rows = await tx.$queryRaw<{ session_id: string; status: SeatStatus; source: RegistrationSource }[]>`
    WITH active AS (
      SELECT id, session_id, status, source FROM seats
      WHERE registration_id = ${registrationId}::uuid AND session_id = ANY(${sessionIds}::uuid[])
        AND status IN ('CONFIRMED', 'WAITLISTED')
    ), cancelled AS (
      UPDATE seats SET status = 'CANCELLED', source = 'PUBLIC', cancelled_at = now(), notice_due_at = NULL
      FROM active WHERE seats.id = active.id
      RETURNING active.session_id, active.status, active.source
    )
    SELECT session_id::text, status, source FROM cancelled`;
  return rows.map((row) => ({ sessionId: row.session_id, status: row.status, source: row.source }));
}

/** Hands invited seats back to a session's invited quota (the caller holds the session's lock). */
export async function returnInvitedSeats(tx: Transaction, sessionId: string, released: number): Promise<void> {
  await tx.$executeRaw`
    UPDATE sessions SET invited_seats_taken = invited_seats_taken - ${released}::int WHERE id = ${sessionId}::uuid`;
}

/**
 * Gives up `released` confirmed seats of a session and fills what is free from the front of its
 * wait list, in one statement; returns the promoted registrations in queue order. Each promoted seat
 * is owed its e-mail, queued here in the same transaction; a cancelled seat is owed nothing.
 */
export async function fillFreedSeats(tx: Transaction, sessionId: string, released: number): Promise<string[]> {
  const rows = await tx.$queryRaw<{ registration_id: string }[]>`
    WITH session AS (
      SELECT id, capacity, seats_taken - ${released}::int AS taken FROM sessions WHERE id = ${sessionId}::uuid
    ), next AS (
      SELECT seats.id, seats.queue_number FROM seats, session
      WHERE seats.session_id = session.id AND seats.status = 'WAITLISTED'
      ORDER BY seats.queue_number
      LIMIT (SELECT GREATEST(capacity - taken, 0) FROM session)
    ), promoted AS (
      UPDATE seats SET status = 'CONFIRMED', confirmed_at = now(), notice_kind = 'PROMOTED', notice_due_at = now()
      FROM next WHERE seats.id = next.id
      RETURNING seats.registration_id, next.queue_number
    ), counted AS (
      UPDATE sessions SET seats_taken = (SELECT taken FROM session) + (SELECT count(*) FROM promoted)::int
      WHERE id = ${sessionId}::uuid
    )
    SELECT registration_id::text FROM promoted ORDER BY queue_number`;
  const promoted = rows.map((row) => row.registration_id);
  await queueSeatNotices(tx, "PROMOTED", sessionId, promoted);
  return promoted;
}
