import "server-only";
import { anonymizeRegistrations, scrubAuditValues } from "@/lib/privacy/anonymize-store";
import type { Database } from "@/lib/db-client";
import { DomainError, isUniqueViolation } from "@/lib/errors";
import type { ConsentPurpose } from "@/lib/generated/prisma/client";
import en from "@/lib/i18n/messages/en.json";
import vi from "@/lib/i18n/messages/vi.json";
import { formatMessage } from "@/lib/i18n/translator";
import { currentTime } from "@/lib/time/clock";
import { issueManageToken } from "./manage-link-store";
import { hasTakenPlace } from "@/lib/agenda/rules";
import { registrationCode } from "./rules";
import type { RegistrationInput } from "./schema";
import {
  cancelActiveSeats,
  fillFreedSeats,
  insertRegistrationWithSeats,
  lockRegistration,
  lockSessions,
  returnInvitedSeats,
  takeSeats,
  type Promotion,
  type SeatOutcome,
  type Transaction,
  toSeatOutcome,
} from "./seat-store";
import { editionsFor } from "@/lib/editions/rules";

// Every write that touches seats locks the sessions involved (in id order, so two writers never
// deadlock) before it reads or changes them: the seat-taking UPDATE stays conditional and the CHECK
// `sessions_seats_within_capacity` stays the backstop, while the lock keeps wait-list numbers in
// commit order and lets a freed seat go to the first wait-listed delegate in the same transaction.

export type { Promotion, SeatOutcome } from "./seat-store";

export type RegisterResult =
  | { status: "created"; registration: { id: string; code: string }; manageToken: string; seats: SeatOutcome[] }
  | { status: "duplicate"; registrationId: string }
  | { status: "invalid"; errors: Record<string, string[]>; unavailable?: string[]; past?: string[] };

type ChangeSeatsResult =
  | { status: "changed"; added: SeatOutcome[]; dropped: string[]; promoted: Promotion[] }
  | { status: "invalid"; errors: Record<string, string[]>; past?: string[] };

/** Writes the admin's audit record in the change's own transaction (delegates' own changes pass none). */
type RecordInTransaction = (tx: Transaction) => Promise<void>;

/** Registration transactions queue for a pooled connection during a rush instead of failing after 2 s. */
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 20_000 } as const;
const CODE_ATTEMPTS = 5;

/** A session closed or vanished between the first look and the locked one. */
class SessionsUnavailable extends Error {
  constructor(readonly slugs: string[]) {
    super(`sessions not open for registration: ${slugs.join(", ")}`);
  }
}

/** One message per refused session; one that has taken place says so rather than "not open". */
export function unavailableErrors(slugs: string[], past: string[] = []): Record<string, string[]> {
  return {
    sessions: slugs.map((session) =>
      formatMessage(past.includes(session) ? vi.registrationErrors.sessionTookPlace : vi.registrationErrors.sessionsUnavailable, {
        session,
      }),
    ),
  };
}

/** The English twin of the errors above, for API clients that read English. */
export function unavailableErrorsEn(slugs: string[], past: string[]): Record<string, string[]> {
  return {
    sessions: slugs.map((session) =>
      formatMessage(past.includes(session) ? en.registrationErrors.sessionTookPlace : en.registrationErrors.sessionsUnavailable, {
        session,
      }),
    ),
  };
}

/** Which of the asked sessions of an edition are open for registration, and which have taken place. */
async function findOpenSessions(database: Transaction, editionId: string, slugs: string[]) {
  const candidates = await database.session.findMany({
    where: {
      editionId,
      edition: editionsFor("registration"),
      slug: { in: slugs },
      status: "PUBLISHED",
      registrationOpen: true,
      capacity: { not: null },
    },
    select: { id: true, slug: true, endsAt: true },
  });
  const now = currentTime();
  const past = candidates.filter((session) => hasTakenPlace(session, now)).map((session) => session.slug);
  const open = candidates.filter((session) => !past.includes(session.slug)).map(({ id, slug }) => ({ id, slug }));
  const openSlugs = new Set(open.map((session) => session.slug));
  return { open, past, unavailable: slugs.filter((slug) => !openSlugs.has(slug)) };
}

/**
 * Registers a delegate for the edition of `year`, in one round trip to the database (see
 * insertRegistrationWithSeats). Throws NOT_FOUND for an edition that does not exist or is a draft.
 */
export async function registerDelegate(
  database: Database,
  { year, input, noticeVersion }: { year: number; input: RegistrationInput; noticeVersion: string },
): Promise<RegisterResult> {
  for (let attempt = 1; ; attempt++) {
    const code = registrationCode(year);
    // The link is derived from the code (manage-link-store.ts), so a new code draws a new link.
    const { manageToken, manageTokenHash } = issueManageToken(code);
    try {
      const now = currentTime();
      const outcome = await insertRegistrationWithSeats(database, { year, code, input, noticeVersion, manageTokenHash, manageToken, now });
      if (outcome.status === "not_found") throw new DomainError("NOT_FOUND", "edition not found");
      if (outcome.status === "unavailable") {
        const past = outcome.past ?? [];
        return { status: "invalid", errors: unavailableErrors(outcome.sessions, past), unavailable: outcome.sessions, past };
      }
      const seats = outcome.seats.map((seat) => toSeatOutcome(seat.session, seat.status, seat.waitlistPosition));
      return {
        status: "created",
        registration: { id: outcome.registrationId, code },
        manageToken,
        seats: orderBySlugs(seats, input.sessions),
      };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const existing = await database.registration.findFirst({
        where: { edition: { year }, email: input.email },
        select: { id: true },
      });
      if (existing) return { status: "duplicate", registrationId: existing.id };
      // Otherwise the random code collided with an existing one: draw another.
      if (attempt >= CODE_ATTEMPTS) throw error;
    }
  }
}

function orderBySlugs(seats: SeatOutcome[], slugs: string[]): SeatOutcome[] {
  return [...seats].sort((a, b) => slugs.indexOf(a.session) - slugs.indexOf(b.session));
}

/** Adds and drops sessions of an active registration under the same seat rules as registering. */
export async function changeSeats(
  database: Database,
  { registrationId, add, drop, record }: { registrationId: string; add: string[]; drop: string[]; record?: RecordInTransaction },
): Promise<ChangeSeatsResult> {
  try {
    return await database.$transaction(async (tx) => {
      const registration = await lockRegistration(tx, registrationId);
      if (registration.status !== "ACTIVE") throw new DomainError("INVALID_STATE", "registration is not active");
      const held = await tx.seat.findMany({
        where: { registrationId, status: { in: ["CONFIRMED", "WAITLISTED"] } },
        select: { session: { select: { id: true, slug: true } } },
      });
      const heldSlugs = new Set(held.map((seat) => seat.session.slug));
      const dropped = held.map((seat) => seat.session).filter((session) => drop.includes(session.slug));
      const wanted = [...new Set(add)].filter((slug) => !heldSlugs.has(slug) && !drop.includes(slug));
      const { open, past, unavailable } = await findOpenSessions(tx, registration.editionId, wanted);
      if (unavailable.length > 0) return { status: "invalid", errors: unavailableErrors(unavailable, past), past } as const;
      const locked = await lockSessions(
        tx,
        [...dropped, ...open].map((session) => session.id),
      );
      const wantedIds = new Set(open.map((session) => session.id));
      const closed = locked.filter((session) => wantedIds.has(session.id) && !session.registrationOpen);
      if (closed.length > 0) throw new SessionsUnavailable(closed.map((session) => session.slug));
      const stillOpen = locked.filter((session) => wantedIds.has(session.id));
      const promoted = await releaseSeats(
        tx,
        registrationId,
        dropped.map((session) => session.id),
        locked,
      );
      const added = await takeSeats(tx, registrationId, stillOpen);
      await record?.(tx);
      return { status: "changed", added: orderBySlugs(added, add), dropped: dropped.map((session) => session.slug), promoted } as const;
    }, TRANSACTION_OPTIONS);
  } catch (error) {
    if (error instanceof SessionsUnavailable) return { status: "invalid", errors: unavailableErrors(error.slugs) };
    throw error;
  }
}

/** Cancels seats of the given sessions; hands every freed public seat to the wait list, every invited one back to the quota. */
export async function releaseSeats(
  tx: Transaction,
  registrationId: string,
  sessionIds: string[],
  locked: { id: string; slug: string }[],
): Promise<Promotion[]> {
  if (sessionIds.length === 0) return [];
  const cancelled = await cancelActiveSeats(tx, registrationId, sessionIds);
  const promoted: Promotion[] = [];
  for (const session of locked.filter((candidate) => sessionIds.includes(candidate.id))) {
    const confirmed = cancelled.filter((seat) => seat.sessionId === session.id && seat.status === "CONFIRMED");
    // An invited seat goes back to the invitees' quota; only public seats go to the wait list.
    const invited = confirmed.filter((seat) => seat.source === "INVITATION").length;
    if (invited > 0) await returnInvitedSeats(tx, session.id, invited);
    const released = confirmed.length - invited;
    if (released === 0) continue;
    const registrations = await fillFreedSeats(tx, session.id, released);
    promoted.push(...registrations.map((id) => ({ registrationId: id, sessionId: session.id, sessionSlug: session.slug })));
  }
  return promoted;
}

/** Releases every seat of a registration; returns the promotions it caused. Sessions stay locked until commit. */
async function releaseAllSeats(tx: Transaction, registrationId: string): Promise<Promotion[]> {
  const held = await tx.seat.findMany({
    where: { registrationId, status: { in: ["CONFIRMED", "WAITLISTED"] } },
    select: { sessionId: true },
  });
  const sessionIds = held.map((seat) => seat.sessionId);
  const locked = await lockSessions(tx, sessionIds);
  return releaseSeats(tx, registrationId, sessionIds, locked);
}

/** Cancels the registration and all its seats. Cancelling twice is harmless. */
export async function cancelRegistration(
  database: Database,
  registrationId: string,
  record?: RecordInTransaction,
): Promise<{ promoted: Promotion[] }> {
  return database.$transaction(async (tx) => {
    const registration = await lockRegistration(tx, registrationId);
    if (registration.status !== "ACTIVE") return { promoted: [] };
    const promoted = await releaseAllSeats(tx, registrationId);
    await tx.registration.update({
      where: { id: registrationId },
      data: { status: "CANCELLED", cancelledAt: new Date() },
      select: { id: true },
    });
    await record?.(tx);
    return { promoted };
  }, TRANSACTION_OPTIONS);
}

/**
 * Deletes the personal data of a registration (the delegate's right to erasure). What remains is
 * anonymous: the delegate group, the code, cancelled seats, consent records and the sessions checked
 * in to (without the time), which keep the Week's attendance figures true; the audit log keeps its
 * events with the personal values replaced.
 */
export async function eraseRegistration(database: Database, registrationId: string): Promise<{ promoted: Promotion[] }> {
  return database.$transaction(async (tx) => {
    const registration = await lockRegistration(tx, registrationId);
    if (registration.status === "ERASED") return { promoted: [] };
    const promoted = await releaseAllSeats(tx, registrationId);
    const now = new Date();
    // The personal fields, consents, copies in the audit log, check-in times and substitute details.
    const person = await tx.registration.findUniqueOrThrow({ where: { id: registrationId }, select: { fullName: true, email: true, phone: true } });
    await scrubAuditValues(tx, [person.fullName, person.email, person.phone, person.phone?.replace(/^\+84/, "0")]);
    await anonymizeRegistrations(tx, [registrationId], now);
    if (registration.status === "ACTIVE") {
      await tx.registration.update({ where: { id: registrationId }, data: { cancelledAt: now }, select: { id: true } });
    }
    // The e-mails to the delegate hold their address (and may hold a manage link): they go too,
    // also those sent to the address alone (a link asked for again).
    await tx.outboxMessage.deleteMany({ where: { OR: [{ registrationId }, ...(person.email ? [{ recipient: person.email }] : [])] } });
    return { promoted };
  }, TRANSACTION_OPTIONS);
}

/**
 * Withdraws consent for one purpose. The registration cannot be processed without its own consent,
 * so withdrawing that one erases the registration (the notice on the form says so).
 */
export async function withdrawConsent(
  database: Database,
  registrationId: string,
  purpose: ConsentPurpose,
): Promise<{ erased: boolean; promoted: Promotion[] }> {
  if (purpose === "REGISTRATION") return { erased: true, ...(await eraseRegistration(database, registrationId)) };
  const registration = await database.registration.findUnique({ where: { id: registrationId }, select: { status: true } });
  if (!registration || registration.status === "ERASED") throw new DomainError("NOT_FOUND", "registration not found");
  await database.consent.updateMany({ where: { registrationId, purpose, withdrawnAt: null }, data: { withdrawnAt: new Date() } });
  return { erased: false, promoted: [] };
}

export { currentManageToken, rotateManageToken } from "./manage-link-store";
export { exportRegistrationData, findRegistrationByManageToken, hashManageToken, type ManagedRegistration } from "./manage-queries";
