import type { Database } from "@/lib/db-client";
import { DomainError, isUniqueViolation, postgresErrorCode } from "@/lib/errors";
import type { InvitationResponse } from "@/lib/generated/prisma/client";
import { currentManageToken, issueManageToken } from "@/lib/registration/manage-link-store";
import { currentTime } from "@/lib/time/clock";
import { isReplyPeriodOver } from "./reply-period";
import { PRIVACY_NOTICE_VERSION } from "@/lib/registration/privacy";
import { registrationCode } from "@/lib/registration/rules";
import { splitSalutation } from "./rules";
import { queueConfirmation } from "@/lib/registration/mail-queue-store";
import { snapshotOf } from "./store";
import type { ReplyInput } from "./schema";

// The invitee's answer through the signed reply link. Attending (or sending a substitute) makes the
// person a delegate with confirmed seats from the invited quota of each invited session, in the same
// transaction as the answer: the answer is never recorded without its seats, nor the seats without it.

type Transaction = Parameters<Parameters<Database["$transaction"]>[0]>[0];

/** SQLSTATE raised by take_invited_seats when a session's invited seats are all taken. */
const INVITED_QUOTA_FULL = "QN001";
const ATTEMPTS = 3;

type ReplyOutcome =
  | { answer: "decline" }
  | { answer: "attend" | "substitute"; registrationId: string; code: string; manageToken: string; email: string | null };

/** The invitation behind a reply link, as the invitee sees it; null when it does not exist. */
export async function findInvitationForReply(database: Database, invitationId: string) {
  const invitation = await database.invitation.findUnique({
    where: { id: invitationId },
    select: {
      id: true,
      number: true,
      year: true,
      status: true,
      response: true,
      respondedAt: true,
      openedAt: true,
      substituteName: true,
      snapshot: true,
      registration: { select: { code: true } },
      batch: { select: { edition: { select: { year: true, name: true } } } },
    },
  });
  return invitation ? { ...invitation, snapshot: snapshotOf(invitation.snapshot) } : null;
}

/** The first time the reply page is shown: "opened" in the office's tracking. */
export async function markOpened(database: Database, invitationId: string, now = new Date()): Promise<void> {
  await database.invitation.updateMany({ where: { id: invitationId, openedAt: null }, data: { openedAt: now } });
}

/**
 * Records the invitee's answer. An invitation answered with attend or substitute is settled (later
 * changes go through the delegate's own manage page); a declined one may still be accepted.
 */
export async function answerInvitation(database: Database, invitationId: string, input: ReplyInput, now = new Date()): Promise<ReplyOutcome> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await database.$transaction((tx) => answerIn(tx, invitationId, input, now), { maxWait: 10_000, timeout: 20_000 });
    } catch (error) {
      if (postgresErrorCode(error) === INVITED_QUOTA_FULL) throw new DomainError("FULL", "no invited seat left");
      // A registration code collided, or the same person answered two invitations at the same moment.
      if (!isUniqueViolation(error) || attempt >= ATTEMPTS) throw error;
    }
  }
}

async function answerIn(tx: Transaction, invitationId: string, input: ReplyInput, now: Date): Promise<ReplyOutcome> {
  const rows = await tx.$queryRaw<{ status: string; response: InvitationResponse }[]>`
    SELECT status::text, response FROM invitations WHERE id = ${invitationId}::uuid FOR UPDATE`;
  const row = rows[0];
  if (!row) throw new DomainError("NOT_FOUND", "invitation not found");
  if (row.status !== "ISSUED") throw new DomainError("INVALID_STATE", "invitation revoked");
  const edition = await tx.edition.findFirstOrThrow({ where: { invitationBatches: { some: { invitations: { some: { id: invitationId } } } } }, select: { endsOn: true } });
  if (isReplyPeriodOver(edition.endsOn, currentTime())) throw new DomainError("INVALID_STATE", "reply period over", { reason: "replyClosed" });
  if (row.response === "ACCEPTED" || row.response === "SUBSTITUTED") throw new DomainError("CONFLICT", "already answered");

  if (input.answer === "decline") {
    await tx.invitation.update({ where: { id: invitationId }, data: { response: "DECLINED", respondedAt: now } });
    return { answer: "decline" };
  }
  const invitation = await tx.invitation.findUniqueOrThrow({
    where: { id: invitationId },
    select: { snapshot: true, invitee: { select: { phone: true } }, batch: { select: { editionId: true, edition: { select: { year: true } } } } },
  });
  const snapshot = snapshotOf(invitation.snapshot);
  const person =
    input.answer === "attend"
      ? { fullName: splitSalutation(snapshot.invitee.fullName, snapshot.invitee.salutation ?? null).fullName, position: snapshot.invitee.position, organization: snapshot.invitee.organization, email: snapshot.invitee.email, phone: invitation.invitee.phone }
      : { fullName: input.substituteName, position: input.substitutePosition, organization: snapshot.invitee.organization, email: input.substituteEmail, phone: null };
  const delegate = await delegateFor(tx, {
    editionId: invitation.batch.editionId,
    year: invitation.batch.edition.year,
    person,
    substitute: input.answer === "substitute",
  });
  const sessionIds = snapshot.sessions.map((session) => session.id);
  const open = await tx.session.findMany({ where: { id: { in: sessionIds }, status: { not: "CANCELLED" } }, select: { id: true } });
  await tx.$queryRaw`SELECT session_id FROM take_invited_seats(${delegate.id}::uuid, ${open.map((session) => session.id)}::uuid[])`;
  await tx.invitation.update({
    where: { id: invitationId },
    data: {
      response: input.answer === "attend" ? "ACCEPTED" : "SUBSTITUTED",
      respondedAt: now,
      registrationId: delegate.id,
      ...(input.answer === "substitute"
        ? { substituteName: input.substituteName, substitutePosition: input.substitutePosition, substituteEmail: input.substituteEmail }
        : {}),
    },
  });
  // The confirmation with the link, queued in the reply's transaction (none without an address).
  await queueConfirmation(tx, delegate.id, delegate.manageToken);
  return { answer: input.answer, registrationId: delegate.id, code: delegate.code, manageToken: delegate.manageToken, email: person.email };
}

type Person = { fullName: string; position: string | null; organization: string | null; email: string | null; phone: string | null };

/**
 * The delegate record of the person who will attend. The invitee themself may already hold a
 * registration for the edition (the office's address for them): it is taken up again, with the link it
 * already has. A substitute's address is typed by whoever holds the reply link, so it never takes over
 * or brings back a registration already made with that address (someone else's, perhaps cancelled):
 * the answer is refused and nothing is written. Otherwise a new registration, marked as coming from an
 * invitation, with the consent given on the reply page.
 */
async function delegateFor(
  tx: Transaction,
  { editionId, year, person, substitute }: { editionId: string; year: number; person: Person; substitute: boolean },
) {
  const existing = person.email
    ? await tx.registration.findFirst({ where: { editionId, email: person.email }, select: { id: true, code: true } })
    : null;
  if (existing && substitute) throw new DomainError("CONFLICT", "the substitute's e-mail is registered already", { reason: "substituteEmailTaken" });
  if (existing) {
    // A delegate who had cancelled is back: the invitation brings the registration to life again, and
    // the confirmation with their link is due.
    await tx.registration.update({
      where: { id: existing.id },
      data: { status: "ACTIVE", cancelledAt: null, confirmationMailedAt: null },
      select: { id: true },
    });
    return { ...existing, manageToken: await currentManageToken(tx, existing.id) };
  }
  const code = registrationCode(year);
  const { manageToken, manageTokenHash } = issueManageToken(code);
  const created = await tx.registration.create({
    data: {
      editionId,
      code,
      source: "INVITATION",
      group: "OTHER",
      fullName: person.fullName,
      position: person.position,
      organization: person.organization,
      email: person.email,
      phone: person.phone,
      manageTokenHash,
      consents: { create: { purpose: "REGISTRATION", noticeVersion: PRIVACY_NOTICE_VERSION } },
    },
    select: { id: true, code: true },
  });
  return { ...created, manageToken };
}
