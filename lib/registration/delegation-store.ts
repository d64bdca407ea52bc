import "server-only";
import { randomBytes } from "node:crypto";
import type { Database } from "@/lib/db-client";
import { env } from "@/lib/env";
import { DomainError, isUniqueViolation } from "@/lib/errors";
import vi from "@/lib/i18n/messages/vi.json";
import { formatMessage } from "@/lib/i18n/translator";
import { queueMail } from "@/lib/mail/store";
import { currentTime } from "@/lib/time/clock";
import { shortSessions } from "./delegation-rules";
import type { DelegationInput, DelegationMemberInput, DelegationMode } from "./delegation-schema";
import { issueManageToken } from "./manage-link-store";
import { hashManageToken } from "./manage-queries";
import { registrationCode } from "./rules";
import type { RegistrationInput } from "./schema";
import { lockSessions, registrationRequest, toSeatOutcome, type RegisterOutcome, type SeatOutcome, type Transaction } from "./seat-store";
import { cancelRegistration, unavailableErrors } from "./delegate-store";
import { recordAudit } from "@/lib/audit/store";
import { anonymizeDelegation } from "@/lib/privacy/anonymize-store";

// A delegation registers each member through the same SQL function as a single registration
// (`register_delegate`: the same checks, consents and conditional seat UPDATE), called once per member
// inside ONE transaction that first locks the chosen sessions. "All or nothing" rolls that
// transaction back when a member would not get a seat; "per person" keeps what each member got.

type DelegationMember = { registrationId: string; code: string; fullName: string; seats: SeatOutcome[] };

export type RegisterDelegationResult =
  | { status: "created"; delegationId: string; manageToken: string; members: DelegationMember[] }
  | { status: "invalid"; errors: Record<string, string[]>; unavailable?: string[]; past?: string[] };

const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 30_000 } as const;
const CODE_ATTEMPTS = 5;

/** Ends the transaction (so nothing is written) and carries the answer out of it. */
class Refused extends Error {
  constructor(readonly result: Extract<RegisterDelegationResult, { status: "invalid" }>) {
    super("delegation refused");
  }
}

function createToken(): string {
  return randomBytes(32).toString("base64url");
}

export function delegationManageUrl(token: string): string {
  return `${env.PUBLIC_BASE_URL.replace(/\/+$/, "")}/my-delegation/${encodeURIComponent(token)}`;
}

function memberInput(input: DelegationInput, member: DelegationMemberInput): RegistrationInput {
  return {
    ...member,
    organization: input.organization,
    province: input.province,
    sessions: input.sessions,
    // The registration's own consent, given by the registrant on the member's behalf (recorded as such below).
    consents: { registration: true, media: false, news: false },
  };
}

/** The rows whose address is already registered for the edition, each with its message. */
async function takenAddressErrors(tx: Transaction, editionId: string, members: DelegationMemberInput[]) {
  const taken = await tx.registration.findMany({
    where: { editionId, email: { in: members.map((member) => member.email) } },
    select: { email: true },
  });
  const addresses = new Set(taken.map((row) => row.email));
  const errors: Record<string, string[]> = {};
  members.forEach((member, row) => {
    if (addresses.has(member.email)) errors[`members.${row}.email`] = [vi.delegationErrors.alreadyRegistered];
  });
  return errors;
}

/** One member through `register_delegate`; a savepoint lets a colliding random code be drawn again. */
async function registerMember(
  tx: Transaction,
  values: { year: number; input: RegistrationInput; noticeVersion: string; now: Date },
): Promise<{ outcome: RegisterOutcome; code: string; manageToken: string }> {
  for (let attempt = 1; ; attempt++) {
    const code = registrationCode(values.year);
    // The member's manage link follows from their code, as every delegate's does (manage-link-store.ts).
    const { manageToken, manageTokenHash } = issueManageToken(code);
    await tx.$executeRawUnsafe("SAVEPOINT delegation_member");
    try {
      const rows = await tx.$queryRawUnsafe<{ outcome: RegisterOutcome }[]>(
        "SELECT register_delegate($1::jsonb) AS outcome",
        registrationRequest({ ...values, code, manageTokenHash }),
      );
      await tx.$executeRawUnsafe("RELEASE SAVEPOINT delegation_member");
      return { outcome: rows[0]!.outcome, code, manageToken };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT delegation_member");
      const taken = await tx.registration.findFirst({ where: { email: values.input.email, edition: { year: values.year } }, select: { id: true } });
      // An address registered meanwhile by someone else: reported on its row like any taken address.
      if (taken) throw new AddressTaken(values.input.email);
      if (attempt >= CODE_ATTEMPTS) throw error;
    }
  }
}

class AddressTaken extends Error {
  constructor(readonly email: string) {
    super("address registered meanwhile");
  }
}

/** The locked sessions' seats; in "all or nothing" those too short for every member refuse the delegation. */
async function checkSeats(tx: Transaction, editionId: string, input: DelegationInput): Promise<void> {
  const sessions = await tx.session.findMany({
    where: { editionId, slug: { in: input.sessions } },
    select: { id: true, slug: true, title: true, capacity: true },
  });
  // Locked before any row is written, in id order: delegations and single registrations for the
  // same sessions queue here instead of deadlocking on each other's rows.
  await lockSessions(
    tx,
    sessions.map((session) => session.id),
  );
  if (input.mode !== "all") return;
  const counts = await tx.session.findMany({ where: { id: { in: sessions.map((session) => session.id) } }, select: { id: true, seatsTaken: true } });
  const takenOf = new Map(counts.map((row) => [row.id, row.seatsTaken]));
  const short = shortSessions(
    sessions.map((session) => ({ ...session, seatsTaken: takenOf.get(session.id) ?? 0 })),
    input.members.length,
  );
  if (short.length === 0) return;
  throw new Refused({
    status: "invalid",
    errors: {
      sessions: short.map((session) =>
        formatMessage(vi.delegationErrors.sessionShort, { session: session.title, left: session.left, members: input.members.length }),
      ),
    },
  });
}

async function insertDelegation(tx: Transaction, editionId: string, input: DelegationInput, manageToken: string): Promise<string> {
  const delegation = await tx.delegation.create({
    data: {
      editionId,
      registrantName: input.registrantName,
      registrantEmail: input.registrantEmail,
      registrantPhone: input.registrantPhone,
      organization: input.organization,
      manageTokenHash: hashManageToken(manageToken),
    },
    select: { id: true },
  });
  return delegation.id;
}

/** Each member, with the consent basis (the registrant informed them) and their own confirmation. */
async function registerMembers(
  tx: Transaction,
  context: { year: number; delegationId: string; input: DelegationInput; noticeVersion: string; mode: DelegationMode },
): Promise<DelegationMember[]> {
  const now = currentTime();
  const members: DelegationMember[] = [];
  for (const member of context.input.members) {
    const input = memberInput(context.input, member);
    const { outcome, code, manageToken } = await registerMember(tx, { year: context.year, input, noticeVersion: context.noticeVersion, now });
    if (outcome.status === "not_found") throw new DomainError("NOT_FOUND", "edition not found");
    if (outcome.status === "unavailable") {
      const past = outcome.past ?? [];
      throw new Refused({ status: "invalid", errors: unavailableErrors(outcome.sessions, past), unavailable: outcome.sessions, past });
    }
    const seats = outcome.seats.map((seat) => toSeatOutcome(seat.session, seat.status, seat.waitlistPosition));
    // The backstop of the check made under the lock: in "all or nothing" a wait-listed seat means a short session.
    const waitlisted = seats.find((seat) => seat.status === "waitlisted");
    if (context.mode === "all" && waitlisted) {
      throw new Refused({ status: "invalid", errors: { sessions: [formatMessage(vi.delegationErrors.sessionShort, { session: waitlisted.session, left: 0, members: context.input.members.length })] } });
    }
    await queueMail(tx, [
      { kind: "registration.confirmation", to: member.email, payload: { manageToken, delegationId: context.delegationId }, registrationId: outcome.registrationId },
    ]);
    members.push({ registrationId: outcome.registrationId, code, fullName: member.fullName, seats });
  }
  const ids = members.map((member) => member.registrationId);
  await tx.registration.updateMany({ where: { id: { in: ids } }, data: { delegationId: context.delegationId } });
  await tx.consent.updateMany({ where: { registrationId: { in: ids } }, data: { givenByDelegationId: context.delegationId } });
  return members;
}

/**
 * Registers a delegation for the edition of `year`. Taken addresses, closed sessions and (in "all or
 * nothing") short sessions come back as field errors with nothing written.
 */
export async function registerDelegation(
  database: Database,
  { year, input, noticeVersion }: { year: number; input: DelegationInput; noticeVersion: string },
): Promise<RegisterDelegationResult> {
  try {
    return await database.$transaction(async (tx) => {
      const edition = await tx.edition.findFirst({ where: { year, status: "PUBLISHED" }, select: { id: true } });
      if (!edition) throw new DomainError("NOT_FOUND", "edition not found");
      const taken = await takenAddressErrors(tx, edition.id, input.members);
      if (Object.keys(taken).length > 0) return { status: "invalid", errors: taken } as const;
      await checkSeats(tx, edition.id, input);
      const manageToken = createToken();
      const delegationId = await insertDelegation(tx, edition.id, input, manageToken);
      const members = await registerMembers(tx, { year, delegationId, input, noticeVersion, mode: input.mode });
      // Rendered by the worker (delegation-notifications.ts), which forgets the token once sent.
      await queueMail(tx, [{ kind: "delegation.confirmation", to: input.registrantEmail, payload: { manageToken, delegationId } }]);
      return { status: "created", delegationId, manageToken, members } as const;
    }, TRANSACTION_OPTIONS);
  } catch (error) {
    if (error instanceof Refused) return error.result;
    if (error instanceof AddressTaken) {
      const row = input.members.findIndex((member) => member.email === error.email);
      return { status: "invalid", errors: { [`members.${row}.email`]: [vi.delegationErrors.alreadyRegistered] } };
    }
    throw error;
  }
}

/**
 * The registrant cancels one member of their delegation (the member's own link can do the same).
 * Audited without personal values: the registrant acts through their link, not an account.
 */
export async function cancelDelegationMember(
  database: Database,
  { token, registrationId }: { token: string; registrationId: string },
): Promise<"cancelled" | "not-found"> {
  const delegation = token ? await database.delegation.findUnique({ where: { manageTokenHash: hashManageToken(token) }, select: { id: true, erasedAt: true } }) : null;
  if (!delegation || delegation.erasedAt) return "not-found";
  const member = await database.registration.findFirst({ where: { id: registrationId, delegationId: delegation.id }, select: { id: true } });
  if (!member) return "not-found";
  await cancelRegistration(database, member.id, (tx) =>
    recordAudit(tx, {
      userId: null,
      action: "delegation.cancelMember",
      entityType: "Registration",
      entityId: member.id,
      after: { status: "CANCELLED", byDelegation: delegation.id },
    }),
  );
  return "cancelled";
}

/**
 * The registrant's own erasure request: their details and their e-mail go; the members keep their
 * registrations (each has their own link) and the delegation's link stops working.
 */
export async function eraseDelegationRegistrant(database: Database, token: string): Promise<"erased" | "not-found"> {
  if (!token) return "not-found";
  return database.$transaction(async (tx) => {
    const delegation = await tx.delegation.findUnique({ where: { manageTokenHash: hashManageToken(token) }, select: { id: true } });
    if (!delegation) return "not-found";
    const erased = await anonymizeDelegation(tx, delegation.id, new Date());
    if (erased) await recordAudit(tx, { userId: null, action: "delegation.eraseRegistrant", entityType: "Delegation", entityId: delegation.id });
    return erased ? "erased" : "not-found";
  });
}
