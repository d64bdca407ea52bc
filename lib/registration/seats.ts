import "server-only";
import type { Database } from "@/lib/db-client";
import { DomainError } from "@/lib/errors";
import type { ConsentPurpose, RegistrationStatus, SeatStatus } from "@/lib/generated/prisma/client";
import { waitlistPosition } from "./rules";
import type { RegistrationInput } from "./schema";

// The SQL of seat taking and releasing. Callers hold the session rows locked (lockSessions) for
// the rest of their transaction, so each statement here sees every committed seat of those sessions.

export type Transaction = Parameters<Parameters<Database["$transaction"]>[0]>[0];

export type SeatOutcome = { session: string; status: "confirmed" | "waitlisted"; waitlistPosition?: number };
export type Promotion = { registrationId: string; sessionSlug: string };
export type LockedSession = { id: string; slug: string; registrationOpen: boolean };

/**
 * Locks sessions in id order. NO KEY UPDATE (not UPDATE) so that other transactions can still
 * insert rows that merely reference the session (their foreign-key check takes KEY SHARE).
 * With `openOnly`, sessions closed for registration meanwhile are left out of the result.
 */
export async function lockSessions(tx: Transaction, sessionIds: string[], { openOnly }: { openOnly: boolean }): Promise<LockedSession[]> {
  if (sessionIds.length === 0) return [];
  const rows = await tx.$queryRaw<{ id: string; slug: string; registration_open: boolean }[]>`
    SELECT id::text, slug, registration_open FROM sessions
    WHERE id = ANY(${sessionIds}::uuid[])
    ORDER BY id
    FOR NO KEY UPDATE`;
  return rows
    .filter((row) => !openOnly || row.registration_open)
    .map((row) => ({ id: row.id, slug: row.slug, registrationOpen: row.registration_open }));
}

/** Locks the registration against concurrent changes of the same delegate (double clicks, two tabs). */
export async function lockRegistration(tx: Transaction, registrationId: string) {
  const rows = await tx.$queryRaw<{ status: RegistrationStatus; edition_id: string }[]>`
    SELECT status, edition_id::text FROM registrations WHERE id = ${registrationId}::uuid FOR NO KEY UPDATE`;
  const [row] = rows;
  if (!row) throw new DomainError("NOT_FOUND", "registration not found");
  return { status: row.status, editionId: row.edition_id };
}

export type NewRegistration = {
  editionId: string;
  code: string;
  input: RegistrationInput;
  noticeVersion: string;
  manageTokenHash: string;
  sessions: { id: string; slug: string }[];
};

/**
 * The whole registration in one statement, committed on its own: the registration row, its
 * consent records and its seats. Under a rush every registration for a session queues on that
 * session's row lock, which is held until commit; with a single statement no round trip to the app
 * (and no wait for its event loop) falls inside that window, only the server's own work and the
 * commit. The `locked` CTE takes the session rows in id order before the conditional UPDATE, so a
 * wait-listed delegate holds the lock too: a cancellation can never miss them, and queue numbers
 * follow commit order. A unique violation (same e-mail, or a code collision) aborts it all.
 * Wait-list positions need a fresh snapshot, so the caller asks for them after commit.
 */
export async function insertRegistrationWithSeats(db: Database, values: NewRegistration) {
  const { input } = values;
  const purposes: ConsentPurpose[] = ["REGISTRATION"];
  if (input.consents.media) purposes.push("MEDIA");
  if (input.consents.news) purposes.push("NEWS");
  const sessionIds = values.sessions.map((session) => session.id);
  const rows = await db.$queryRaw<{ id: string; session_id: string | null; status: SeatStatus | null }[]>`
    WITH registration AS (
      INSERT INTO registrations (id, edition_id, code, full_name, position, organization, "group", email, phone, province,
                                 manage_token_hash, updated_at)
      VALUES (gen_random_uuid(), ${values.editionId}::uuid, ${values.code}, ${input.fullName}, ${input.position},
              ${input.organization}, ${input.group}::"DelegateGroup", ${input.email}, ${input.phone}, ${input.province},
              ${values.manageTokenHash}, now())
      RETURNING id
    ), consents AS (
      INSERT INTO consents (id, registration_id, purpose, notice_version)
      SELECT gen_random_uuid(), registration.id, purpose, ${values.noticeVersion}
      FROM registration, unnest(${purposes}::text[]::"ConsentPurpose"[]) AS purpose
    ), locked AS (
      -- EXISTS makes the registration INSERT (and its wait on a racing duplicate) run before any
      -- session is locked; otherwise two identical requests could deadlock.
      SELECT id, seats_taken < capacity AS has_seat FROM sessions
      WHERE id = ANY(${sessionIds}::uuid[]) AND EXISTS (SELECT FROM registration)
      ORDER BY id
      FOR NO KEY UPDATE
    ), taken AS (
      UPDATE sessions SET seats_taken = sessions.seats_taken + 1
      FROM locked
      WHERE sessions.id = locked.id AND locked.has_seat AND sessions.seats_taken < sessions.capacity
      RETURNING sessions.id
    ), placed AS (
      INSERT INTO seats (id, registration_id, session_id, status, confirmed_at)
      SELECT gen_random_uuid(), registration.id, locked.id,
             CASE WHEN taken.id IS NULL THEN 'WAITLISTED' ELSE 'CONFIRMED' END::"SeatStatus",
             CASE WHEN taken.id IS NULL THEN NULL ELSE now() END
      FROM registration CROSS JOIN locked LEFT JOIN taken ON taken.id = locked.id
      RETURNING session_id, status
    )
    SELECT registration.id::text, placed.session_id::text, placed.status
    FROM registration LEFT JOIN placed ON true`;
  const [first] = rows;
  if (!first) throw new Error("the registration INSERT returned no row");
  const slugOf = new Map(values.sessions.map((session) => [session.id, session.slug]));
  const seats = rows.flatMap((row) => (row.session_id && row.status ? [{ sessionId: row.session_id, slug: slugOf.get(row.session_id) ?? row.session_id, status: row.status }] : []));
  return { id: first.id, seats };
}

/** Position of each of the registration's wait-listed seats, by session id (a fresh snapshot). */
export async function waitlistPositionsOf(db: Database | Transaction, registrationId: string): Promise<Map<string, number>> {
  const rows = await db.$queryRaw<{ session_id: string; ahead: number }[]>`
    SELECT mine.session_id::text,
           (SELECT count(*) FROM seats ahead
            WHERE ahead.session_id = mine.session_id AND ahead.status = 'WAITLISTED'
              AND ahead.queue_number < mine.queue_number)::int AS ahead
    FROM seats mine
    WHERE mine.registration_id = ${registrationId}::uuid AND mine.status = 'WAITLISTED'`;
  return new Map(rows.map((row) => [row.session_id, waitlistPosition(row.ahead)]));
}

/**
 * Takes a confirmed seat where the conditional UPDATE finds one free, a wait-list place otherwise,
 * in one statement for all the sessions. A seat the delegate once dropped is reused and goes to the
 * back of the queue. The wait-list position counts the places already committed (the statement's
 * snapshot cannot see its own insert), which under the session lock are exactly those ahead.
 */
export async function takeSeats(tx: Transaction, registrationId: string, sessions: LockedSession[]): Promise<SeatOutcome[]> {
  if (sessions.length === 0) return [];
  const sessionIds = sessions.map((session) => session.id);
  const rows = await tx.$queryRaw<{ session_id: string; status: SeatStatus; waitlist_position: number | null }[]>`
    WITH taken AS (
      UPDATE sessions SET seats_taken = seats_taken + 1
      WHERE id = ANY(${sessionIds}::uuid[]) AND seats_taken < capacity
      RETURNING id
    ), placed AS (
      INSERT INTO seats (id, registration_id, session_id, status, confirmed_at)
      SELECT gen_random_uuid(), ${registrationId}::uuid, wanted.id,
             CASE WHEN taken.id IS NULL THEN 'WAITLISTED' ELSE 'CONFIRMED' END::"SeatStatus",
             CASE WHEN taken.id IS NULL THEN NULL ELSE now() END
      FROM unnest(${sessionIds}::uuid[]) AS wanted(id) LEFT JOIN taken ON taken.id = wanted.id
      ON CONFLICT (registration_id, session_id) DO UPDATE
        SET status = EXCLUDED.status, confirmed_at = EXCLUDED.confirmed_at, cancelled_at = NULL,
            queue_number = nextval(pg_get_serial_sequence('seats', 'queue_number'))
      RETURNING session_id, status
    )
    SELECT placed.session_id::text, placed.status,
           CASE WHEN placed.status = 'WAITLISTED' THEN
             (SELECT count(*) FROM seats ahead WHERE ahead.session_id = placed.session_id AND ahead.status = 'WAITLISTED')::int + 1
           END AS waitlist_position
    FROM placed`;
  const slugOf = new Map(sessions.map((session) => [session.id, session.slug]));
  return rows.map((row) => {
    const session = slugOf.get(row.session_id) ?? row.session_id;
    return row.status === "CONFIRMED"
      ? { session, status: "confirmed" }
      : { session, status: "waitlisted", waitlistPosition: row.waitlist_position ?? undefined };
  });
}

/** Cancels the delegate's active seats in the given sessions; returns what each seat was before. */
export async function cancelActiveSeats(tx: Transaction, registrationId: string, sessionIds: string[]) {
  const rows = await tx.$queryRaw<{ session_id: string; status: SeatStatus }[]>`
    WITH active AS (
      SELECT id, session_id, status FROM seats
      WHERE registration_id = ${registrationId}::uuid AND session_id = ANY(${sessionIds}::uuid[])
        AND status IN ('CONFIRMED', 'WAITLISTED')
    ), cancelled AS (
      UPDATE seats SET status = 'CANCELLED', cancelled_at = now()
      FROM active WHERE seats.id = active.id
      RETURNING active.session_id, active.status
    )
    SELECT session_id::text, status FROM cancelled`;
  return rows.map((row) => ({ sessionId: row.session_id, status: row.status }));
}

/**
 * Gives up `released` confirmed seats of a session and fills what is free from the front of its
 * wait list, in one statement; returns the promoted registrations in queue order.
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
      UPDATE seats SET status = 'CONFIRMED', confirmed_at = now()
      FROM next WHERE seats.id = next.id
      RETURNING seats.registration_id, next.queue_number
    ), counted AS (
      UPDATE sessions SET seats_taken = (SELECT taken FROM session) + (SELECT count(*) FROM promoted)::int
      WHERE id = ${sessionId}::uuid
    )
    SELECT registration_id::text FROM promoted ORDER BY queue_number`;
  return rows.map((row) => row.registration_id);
}
