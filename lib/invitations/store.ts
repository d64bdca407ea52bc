import type { Actor } from "@/lib/audit/store";
import { recordAudit } from "@/lib/audit/store";
import type { Database } from "@/lib/db-client";
import { DomainError, isUniqueViolation } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { lockSessions } from "@/lib/registration/seat-store";
import { releaseSeats } from "@/lib/registration/delegate-store";
import { env } from "@/lib/env";
import { queueMail, queueRenderedMail, type Writer } from "@/lib/mail/store";
import { buildSnapshot, type DraftInvitee, type InvitationSnapshot } from "./document";
import { renderCorrectionNotice } from "./emails";
import { composeBody, inviteeKey, isEditable, issueTiming, registerYear } from "./rules";
import type { CorrectionInput, DraftInput, InviteeInput } from "./schema";

// Reads and writes of invitation batches, invitees and issued invitations. The callers have
// checked the permission and validated the input (schema.ts); every write is audited in its own
// transaction, and every change of state is a conditional UPDATE, so two officers acting on the
// same batch at once cannot both succeed.

export type { Actor };
type Transaction = Parameters<Parameters<Database["$transaction"]>[0]>[0];

/** Issuing hundreds of invitations writes hundreds of rows in one transaction. */
const ISSUE_TRANSACTION = { maxWait: 15_000, timeout: 60_000 } as const;

/** The letter of a batch as its officers read and correct it. */
export const letterSelect = {
  subject: true,
  body: true,
  signerAuthority: true,
  signerDeputy: true,
  signerTitle: true,
  signerName: true,
  recipientsNote: true,
  returnComment: true,
} as const;

const draftSelect = {
  id: true,
  editionId: true,
  status: true,
  ...letterSelect,
  registerId: true,
  register: { select: { symbol: true, parentBody: true, issuerUnit: { select: { name: true } } } },
} as const;

const sessionSelect = {
  id: true,
  slug: true,
  title: true,
  content: true,
  startsAt: true,
  endsAt: true,
  invitedCapacity: true,
  invitedSeatsTaken: true,
  venue: { select: { name: true, address: true } },
} as const;

const inviteeSelect = { id: true, salutation: true, fullName: true, position: true, organization: true, email: true, phone: true, address: true } as const;

function snapshotInvitee(invitee: { salutation: string | null; fullName: string; position: string | null; organization: string | null; email: string | null; address: string | null }): DraftInvitee {
  return { salutation: invitee.salutation, fullName: invitee.fullName, position: invitee.position, organization: invitee.organization, email: invitee.email, address: invitee.address };
}

/** The sessions a batch may invite to: those of one edition, in time order; NOT_FOUND for unknown ids. */
async function sessionsOfOneEdition(tx: Transaction, sessionIds: string[]) {
  const sessions = await tx.session.findMany({ where: { id: { in: sessionIds } }, select: { ...sessionSelect, editionId: true }, orderBy: { startsAt: "asc" } });
  const editions = new Set(sessions.map((session) => session.editionId));
  if (sessions.length !== sessionIds.length || editions.size !== 1) throw new DomainError("NOT_FOUND", "sessions not found in one edition");
  return { sessions, editionId: sessions[0]!.editionId };
}

function draftData(input: DraftInput, sessions: Parameters<typeof composeBody>[0]) {
  return {
    subject: input.subject,
    // An empty body is filled from the sessions: the organiser starts from the facts and edits.
    body: input.body || composeBody(sessions),
    signerAuthority: input.signerAuthority,
    signerDeputy: input.signerDeputy,
    signerTitle: input.signerTitle,
    signerName: input.signerName,
    recipientsNote: input.recipientsNote,
  };
}

export async function createBatch(database: Database, input: DraftInput, actor: Actor): Promise<{ id: string }> {
  return database.$transaction(async (tx) => {
    const { sessions, editionId } = await sessionsOfOneEdition(tx, input.sessionIds);
    // One register exists today (GM-UBND of UBND tỉnh); a second issuing body would add a choice here.
    const register = await tx.invitationRegister.findFirstOrThrow({ orderBy: { symbol: "asc" }, select: { id: true } });
    const batch = await tx.invitationBatch.create({
      data: {
        editionId,
        registerId: register.id,
        createdById: actor.userId,
        ...draftData(input, sessions),
        sessions: { create: sessions.map((session) => ({ sessionId: session.id })) },
      },
      select: { id: true, subject: true, body: true },
    });
    await recordAudit(tx, { userId: actor.userId, action: "invitationBatch.create", entityType: "InvitationBatch", entityId: batch.id, after: { ...batch, sessionIds: input.sessionIds }, ip: actor.ip });
    return { id: batch.id };
  });
}

/** Locks the batch row for the rest of the transaction and refuses anything but an editable draft. */
async function lockEditableBatch(tx: Transaction, batchId: string) {
  const rows = await tx.$queryRaw<{ status: string }[]>`SELECT status::text FROM invitation_batches WHERE id = ${batchId}::uuid FOR UPDATE`;
  const row = rows[0];
  if (!row) throw new DomainError("NOT_FOUND", "batch not found");
  if (!isEditable(row.status as "DRAFT")) throw new DomainError("INVALID_STATE", "batch is no longer a draft");
}

export async function updateDraft(database: Database, batchId: string, input: DraftInput, actor: Actor): Promise<void> {
  await database.$transaction(async (tx) => {
    await lockEditableBatch(tx, batchId);
    const before = await tx.invitationBatch.findUniqueOrThrow({ where: { id: batchId }, select: { ...draftSelect, sessions: { select: { sessionId: true } } } });
    const { sessions, editionId } = await sessionsOfOneEdition(tx, input.sessionIds);
    if (editionId !== before.editionId) throw new DomainError("NOT_FOUND", "sessions of another edition");
    await tx.invitationBatchSession.deleteMany({ where: { batchId } });
    const after = await tx.invitationBatch.update({
      where: { id: batchId },
      data: { ...draftData(input, sessions), sessions: { create: sessions.map((session) => ({ sessionId: session.id })) } },
      select: draftSelect,
    });
    await recordAudit(tx, { userId: actor.userId, action: "invitationBatch.update", entityType: "InvitationBatch", entityId: batchId, before, after: { ...after, sessionIds: input.sessionIds }, ip: actor.ip });
  });
}

export async function existingInviteeKeys(database: Database | Transaction, batchId: string): Promise<Set<string>> {
  const invitees = await database.invitee.findMany({ where: { batchId }, select: { fullName: true, organization: true, email: true } });
  return new Set(invitees.map(inviteeKey));
}

/**
 * Adds invitees to an editable batch, all or none: one duplicate (within the list or with the batch)
 * refuses the whole list with CONFLICT and the keys at fault.
 */
export async function addInvitees(database: Database, batchId: string, invitees: InviteeInput[], actor: Actor): Promise<{ added: number }> {
  return database.$transaction(async (tx) => {
    await lockEditableBatch(tx, batchId);
    const seen = await existingInviteeKeys(tx, batchId);
    const duplicates: string[] = [];
    for (const invitee of invitees) {
      const key = inviteeKey(invitee);
      if (seen.has(key)) duplicates.push(key);
      seen.add(key);
    }
    if (duplicates.length > 0) throw new DomainError("CONFLICT", "duplicate invitees", { duplicates });
    try {
      await tx.invitee.createMany({ data: invitees.map((invitee) => ({ batchId, ...invitee })) });
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainError("CONFLICT", "duplicate invitees", { duplicates: [] });
      throw error;
    }
    await recordAudit(tx, {
      userId: actor.userId,
      action: invitees.length === 1 ? "invitee.create" : "invitee.import",
      entityType: "InvitationBatch",
      entityId: batchId,
      after: { count: invitees.length, invitees: invitees.map((invitee) => ({ fullName: invitee.fullName, organization: invitee.organization, email: invitee.email })) },
      ip: actor.ip,
    });
    return { added: invitees.length };
  });
}

export async function removeInvitee(database: Database, batchId: string, inviteeId: string, actor: Actor): Promise<void> {
  await database.$transaction(async (tx) => {
    await lockEditableBatch(tx, batchId);
    const invitee = await tx.invitee.findFirst({ where: { id: inviteeId, batchId }, select: inviteeSelect });
    if (!invitee) throw new DomainError("NOT_FOUND", "invitee not found");
    await tx.invitee.delete({ where: { id: inviteeId } });
    await recordAudit(tx, { userId: actor.userId, action: "invitee.delete", entityType: "Invitee", entityId: inviteeId, before: invitee, ip: actor.ip });
  });
}

/** Moves a batch from one state to the next, if it is still in `from`; INVALID_STATE otherwise. */
async function transition(
  tx: Transaction,
  batchId: string,
  from: ("DRAFT" | "PROPOSED" | "RETURNED")[],
  data: Prisma.InvitationBatchUncheckedUpdateManyInput,
): Promise<void> {
  const { count } = await tx.invitationBatch.updateMany({ where: { id: batchId, status: { in: from } }, data });
  if (count === 1) return;
  const exists = await tx.invitationBatch.count({ where: { id: batchId } });
  throw new DomainError(exists ? "INVALID_STATE" : "NOT_FOUND", exists ? "batch is not in a state that allows this" : "batch not found");
}

export async function proposeBatch(database: Database, batchId: string, actor: Actor, now = new Date()): Promise<void> {
  await database.$transaction(async (tx) => {
    await lockEditableBatch(tx, batchId);
    if ((await tx.invitee.count({ where: { batchId } })) === 0) throw new DomainError("INVALID_STATE", "a batch without invitees");
    await transition(tx, batchId, ["DRAFT", "RETURNED"], { status: "PROPOSED", proposedById: actor.userId, proposedAt: now });
    await recordAudit(tx, { userId: actor.userId, action: "invitationBatch.propose", entityType: "InvitationBatch", entityId: batchId, after: { status: "PROPOSED" }, ip: actor.ip });
  });
}

export async function returnBatch(database: Database, batchId: string, comment: string, actor: Actor): Promise<void> {
  await database.$transaction(async (tx) => {
    await transition(tx, batchId, ["PROPOSED"], { status: "RETURNED", returnComment: comment });
    await recordAudit(tx, { userId: actor.userId, action: "invitationBatch.return", entityType: "InvitationBatch", entityId: batchId, before: { status: "PROPOSED" }, after: { status: "RETURNED", returnComment: comment }, ip: actor.ip });
  });
}

const CORRECTED_FIELDS = ["subject", "body", "recipientsNote"] as const;
type CorrectedField = (typeof CORRECTED_FIELDS)[number];

export type CorrectionOutcome = { changed: CorrectedField[]; proposer: { email: string; name: string } | null; subject: string };

/**
 * The office corrects the wording of a batch proposed to it (a typo need not send the whole batch
 * back): subject, body and "Nơi nhận" only; sessions, invitees and signer stay the organisers'. The
 * row is locked so that it cannot be issued half-corrected; the change is audited word for word.
 */
export async function correctProposedBatch(database: Database, batchId: string, input: CorrectionInput, actor: Actor, now = new Date()): Promise<CorrectionOutcome> {
  return database.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ status: string }[]>`SELECT status::text FROM invitation_batches WHERE id = ${batchId}::uuid FOR UPDATE`;
    if (!rows[0]) throw new DomainError("NOT_FOUND", "batch not found");
    if (rows[0].status !== "PROPOSED") throw new DomainError("INVALID_STATE", "only a proposed batch is corrected by the office");
    const before = await tx.invitationBatch.findUniqueOrThrow({
      where: { id: batchId },
      select: { subject: true, body: true, recipientsNote: true, proposedBy: { select: { email: true, name: true } } },
    });
    const changed = CORRECTED_FIELDS.filter((field) => before[field] !== input[field]);
    if (changed.length === 0) throw new DomainError("CONFLICT", "nothing to correct");
    const texts = { subject: input.subject, body: input.body, recipientsNote: input.recipientsNote };
    await tx.invitationBatch.update({ where: { id: batchId }, data: { ...texts, correctedAt: now, correctedById: actor.userId, correctionNote: input.note || null } });
    await recordAudit(tx, {
      userId: actor.userId,
      action: "invitationBatch.correct",
      entityType: "InvitationBatch",
      entityId: batchId,
      before: Object.fromEntries(changed.map((field) => [field, before[field]])),
      after: { ...Object.fromEntries(changed.map((field) => [field, texts[field]])), note: input.note || null },
      ip: actor.ip,
    });
    // The proposer hears of it from the same transaction: a correction never goes unannounced.
    if (before.proposedBy) {
      const batchUrl = `${env.PUBLIC_BASE_URL.replace(/\/+$/, "")}/admin/invitations/${batchId}`;
      const notice = renderCorrectionNotice({ proposerName: before.proposedBy.name, subject: input.subject, changed, note: input.note || null, batchUrl });
      await queueRenderedMail(tx, "invitation.correction", { to: before.proposedBy.email, ...notice });
    }
    return { changed, proposer: before.proposedBy, subject: input.subject };
  });
}

/**
 * Takes `count` consecutive numbers from the register's counter for the year, in the caller's
 * transaction. The upsert locks the counter row until commit, so a second issuer waits and then
 * continues after the last number used; a rollback gives the numbers back. No gaps, no duplicates
 * (the unique index on register, year and number is the backstop).
 */
async function reserveNumbers(tx: Transaction, registerId: string, year: number, count: number): Promise<number[]> {
  const rows = await tx.$queryRaw<{ last_number: number }[]>`
    INSERT INTO invitation_number_counters AS counter (register_id, year, last_number)
    VALUES (${registerId}::uuid, ${year}::int, ${count}::int)
    ON CONFLICT (register_id, year) DO UPDATE SET last_number = counter.last_number + EXCLUDED.last_number
    RETURNING last_number`;
  const last = rows[0]!.last_number;
  return Array.from({ length: count }, (_, index) => last - count + 1 + index);
}

async function loadForIssue(tx: Transaction, batchId: string) {
  const batch = await tx.invitationBatch.findUniqueOrThrow({
    where: { id: batchId },
    select: { ...draftSelect, sessions: { select: { session: { select: sessionSelect } } } },
  });
  const sessions = batch.sessions.map((link) => link.session).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  return { batch, sessions };
}

/** A letter dated `now` may not invite to a session that has ended (a session under way only warns, on the page). */
function refuseEndedSessions(sessions: { title: string; startsAt: Date; endsAt: Date }[], now: Date): void {
  const timing = issueTiming(sessions, now);
  if (timing.kind === "ended") throw new DomainError("INVALID_STATE", "an invited session has ended", { reason: "SESSION_ENDED", sessions: timing.sessions });
}

export type IssueOutcome = { count: number; first: number | null; last: number | null; year: number };

/** Issues a proposed batch: one numbered, frozen invitation per invitee, all in one transaction. */
export async function issueBatch(database: Database, batchId: string, actor: Actor, now = new Date()): Promise<IssueOutcome> {
  return database.$transaction(async (tx) => {
    await transition(tx, batchId, ["PROPOSED"], { status: "ISSUED", issuedById: actor.userId, issuedAt: now, returnComment: null });
    const { batch, sessions } = await loadForIssue(tx, batchId);
    refuseEndedSessions(sessions, now);
    const invitees = await tx.invitee.findMany({ where: { batchId }, select: inviteeSelect, orderBy: [{ fullName: "asc" }, { id: "asc" }] });
    const year = registerYear(now);
    const numbers = await reserveNumbers(tx, batch.registerId, year, invitees.length);
    const created = await tx.invitation.createManyAndReturn({
      select: { id: true, inviteeId: true },
      data: invitees.map((invitee, index) => ({
        batchId,
        inviteeId: invitee.id,
        registerId: batch.registerId,
        year,
        number: numbers[index]!,
        issuedAt: now,
        snapshot: buildSnapshot({ batch, sessions, invitee: snapshotInvitee(invitee), number: numbers[index]!, year, issuedAt: now }) as unknown as Prisma.InputJsonValue,
      })),
    });
    const emailOf = new Map(invitees.map((invitee) => [invitee.id, invitee.email]));
    await queueInvitationMail(tx, "invitation.invitation", created.map((invitation) => ({ id: invitation.id, email: emailOf.get(invitation.inviteeId) ?? null })));
    const outcome = { count: invitees.length, first: numbers[0] ?? null, last: numbers.at(-1) ?? null, year };
    await recordAudit(tx, { userId: actor.userId, action: "invitationBatch.issue", entityType: "InvitationBatch", entityId: batchId, before: { status: "PROPOSED" }, after: { status: "ISSUED", ...outcome, symbol: batch.register.symbol }, ip: actor.ip });
    return outcome;
  }, ISSUE_TRANSACTION);
}

/** Locks an invitation row; NOT_FOUND for an unknown id. */
async function lockInvitation(tx: Transaction, invitationId: string) {
  const rows = await tx.$queryRaw<{ status: string; response: string; registration_id: string | null; batch_id: string; invitee_id: string }[]>`
    SELECT status::text, response::text, registration_id::text, batch_id::text, invitee_id::text
    FROM invitations WHERE id = ${invitationId}::uuid FOR UPDATE`;
  const row = rows[0];
  if (!row) throw new DomainError("NOT_FOUND", "invitation not found");
  return row;
}

export function snapshotOf(value: Prisma.JsonValue): InvitationSnapshot {
  return value as unknown as InvitationSnapshot;
}

/**
 * Revokes an issued invitation: its number stays used (the register keeps it, with the reason); the
 * seats an acceptance gave are handed back. Returns the registration whose seats were released.
 */
export async function revokeInvitation(database: Database, invitationId: string, reason: string, actor: Actor, now = new Date()) {
  return database.$transaction(async (tx) => {
    const row = await lockInvitation(tx, invitationId);
    if (row.status !== "ISSUED") throw new DomainError("INVALID_STATE", "invitation already revoked");
    const invitation = await tx.invitation.update({
      where: { id: invitationId },
      data: { status: "REVOKED", revokedAt: now, revokeReason: reason },
      select: { number: true, year: true, snapshot: true },
    });
    const released = row.registration_id ? await releaseInvitedSeats(tx, row.registration_id, snapshotOf(invitation.snapshot)) : [];
    await recordAudit(tx, { userId: actor.userId, action: "invitation.revoke", entityType: "Invitation", entityId: invitationId, before: { status: "ISSUED" }, after: { status: "REVOKED", reason, number: invitation.number, year: invitation.year }, ip: actor.ip });
    return { promoted: released };
  });
}

async function releaseInvitedSeats(tx: Transaction, registrationId: string, snapshot: InvitationSnapshot) {
  const sessionIds = snapshot.sessions.map((session) => session.id);
  const locked = await lockSessions(tx, sessionIds);
  return releaseSeats(tx, registrationId, sessionIds, locked);
}

/** A new invitation, with a new number, for the invitee of a revoked one; the batch's current text and sessions. */
export async function reinvite(database: Database, revokedInvitationId: string, actor: Actor, now = new Date()): Promise<{ id: string; number: number }> {
  return database.$transaction(async (tx) => {
    const row = await lockInvitation(tx, revokedInvitationId);
    if (row.status !== "REVOKED") throw new DomainError("INVALID_STATE", "only a revoked invitation can be issued again");
    const { batch, sessions } = await loadForIssue(tx, row.batch_id);
    refuseEndedSessions(sessions, now);
    const invitee = await tx.invitee.findUniqueOrThrow({ where: { id: row.invitee_id }, select: inviteeSelect });
    const year = registerYear(now);
    const [number] = await reserveNumbers(tx, batch.registerId, year, 1);
    try {
      const created = await tx.invitation.create({
        data: {
          batchId: row.batch_id,
          inviteeId: invitee.id,
          registerId: batch.registerId,
          year,
          number: number!,
          issuedAt: now,
          snapshot: buildSnapshot({ batch, sessions, invitee: snapshotInvitee(invitee), number: number!, year, issuedAt: now }) as unknown as Prisma.InputJsonValue,
        },
        select: { id: true, number: true },
      });
      await queueInvitationMail(tx, "invitation.invitation", [{ id: created.id, email: invitee.email }]);
      await recordAudit(tx, { userId: actor.userId, action: "invitation.reissue", entityType: "Invitation", entityId: created.id, after: { replaces: revokedInvitationId, number: created.number, year }, ip: actor.ip });
      return created;
    } catch (error) {
      if (isUniqueViolation(error)) throw new DomainError("CONFLICT", "the invitee already holds a live invitation");
      throw error;
    }
  });
}

/**
 * The invitation (its PDF rendered by the outbox worker, lib/invitations/delivery-store.ts) or a reminder,
 * to each invitee with an address; those without one get the printed copy.
 */
async function queueInvitationMail(tx: Writer, kind: "invitation.invitation" | "invitation.reminder", invitations: { id: string; email: string | null }[]): Promise<number> {
  const mailed = invitations.filter((invitation): invitation is { id: string; email: string } => invitation.email !== null);
  await queueMail(tx, mailed.map((invitation) => ({ kind, to: invitation.email, invitationId: invitation.id })));
  return mailed.length;
}

/**
 * Queues a reminder to every invitee of the batch who has an e-mail, a live invitation and no answer
 * yet. Reminders change no record, but they are mail sent in the office's name: the log says who sent them.
 */
export async function remindNonResponders(database: Database, batchId: string, actor: Actor): Promise<{ reminded: number }> {
  return database.$transaction(async (tx) => {
    const rows = await tx.invitation.findMany({
      where: { batchId, status: "ISSUED", response: "PENDING", invitee: { email: { not: null } } },
      select: { id: true, invitee: { select: { email: true } } },
      orderBy: { number: "asc" },
    });
    const reminded = await queueInvitationMail(tx, "invitation.reminder", rows.map((row) => ({ id: row.id, email: row.invitee.email })));
    await recordAudit(tx, { userId: actor.userId, action: "invitation.remind", entityType: "InvitationBatch", entityId: batchId, after: { reminded }, ip: actor.ip });
    return { reminded };
  });
}

/** Queues again every invitation e-mail of the batch the outbox gave up on; returns how many. */
export async function retryFailedDeliveries(database: Database, batchId: string): Promise<number> {
  return database.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ invitation_id: string }[]>`
      UPDATE outbox_messages AS m SET status = 'QUEUED', attempts = 0, next_attempt_at = now(), last_error = NULL
      FROM invitations AS i
      WHERE m.invitation_id = i.id AND i.batch_id = ${batchId}::uuid AND i.status = 'ISSUED'
        AND m.kind = 'invitation.invitation' AND m.status = 'FAILED'
      RETURNING i.id::text AS invitation_id`;
    if (rows.length === 0) return 0;
    await tx.invitation.updateMany({ where: { id: { in: rows.map((row) => row.invitation_id) } }, data: { deliveryStatus: "NOT_SENT", deliveryError: null } });
    await tx.$executeRaw`SELECT pg_notify('mail_outbox', '')`;
    return rows.length;
  });
}

