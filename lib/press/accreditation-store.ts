import "server-only";
import { recordAudit, type UserActor } from "@/lib/audit/store";
import type { Database } from "@/lib/db-client";
import { isUniqueViolation } from "@/lib/errors";
import type { ConsentRecord } from "@/lib/forms/public-form";
import { queueRenderedMail, type Writer } from "@/lib/mail/store";
import { renderPressPassMail, renderPressReceivedMail, renderPressRejectedMail, renderPressRevokedMail } from "./emails";
import { pressMediaToken, pressPassToken } from "./media-access-queries";
import { pressMediaPath } from "./paths";
import { passCode } from "./rules";
import type { AccreditationInput } from "./schema";
import { currentEdition } from "@/lib/editions/current-queries";

// Journalists apply for accreditation; organisers approve (a press pass with a check-in QR code and a
// link to the full-resolution media are e-mailed) or reject. Each decision queues its e-mail in the
// outbox in its own transaction. `database` is a parameter so that tests run on their own database.

/** Version of the personal-data notice on the form; stored with each consent. */
export const ACCREDITATION_NOTICE_VERSION = "press-2025-09-v1";


type SubmitResult = { status: "received"; id: string } | { status: "duplicate" } | { status: "closed" };

export async function submitAccreditation(
  database: Database,
  input: AccreditationInput,
  consent: Pick<ConsentRecord, "noticeVersion" | "at">,
): Promise<SubmitResult> {
  const edition = await currentEdition(database, "registration");
  if (!edition) return { status: "closed" };
  // Only the edition's published sessions can be chosen; anything else in the form is ignored.
  const sessions = await database.session.findMany({
    where: { id: { in: input.sessionIds }, editionId: edition.id, status: "PUBLISHED" },
    select: { id: true },
  });
  try {
    // The acknowledgement is queued with the accreditation: both or neither.
    const created = await database.$transaction(async (tx) => {
      const accreditation = await tx.pressAccreditation.create({
        data: {
          editionId: edition.id,
          fullName: input.fullName,
          outlet: input.outlet,
          cardNumber: input.cardNumber,
          email: input.email,
          phone: input.phone,
          consentNoticeVersion: consent.noticeVersion,
          consentedAt: consent.at,
          sessions: { create: sessions.map((session) => ({ sessionId: session.id })) },
        },
        select: { id: true },
      });
      await queueRenderedMail(tx, "press.received", {
        to: input.email,
        ...renderPressReceivedMail(input, { edition: edition.name }),
      });
      return accreditation;
    });
    return { status: "received", id: created.id };
  } catch (error) {
    if (isUniqueViolation(error)) return { status: "duplicate" };
    throw error;
  }
}

export type DecisionResult = { ok: true; passCode: string | null } | { ok: false; reason: "not-found" | "already-decided" };

const PASS_CODE_ATTEMPTS = 5;

/** Approves a pending accreditation: a pass code, then the e-mail with the press pass and the media link. */
export async function approveAccreditation(
  database: Database,
  id: string,
  actor: UserActor,
  links: { baseUrl: string },
): Promise<DecisionResult> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      const outcome = await database.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT id FROM press_accreditations WHERE id = ${id}::uuid FOR UPDATE`;
        const before = await tx.pressAccreditation.findUnique({
          where: { id },
          include: { edition: { select: { year: true, name: true } } },
        });
        if (!before) return { ok: false as const, reason: "not-found" as const };
        if (before.status !== "PENDING") return { ok: false as const, reason: "already-decided" as const };
        const { edition, ...beforeRow } = before;
        const after = await tx.pressAccreditation.update({
          where: { id },
          data: { status: "APPROVED", passCode: passCode(edition.year), decidedById: actor.userId, decidedAt: new Date() },
        });
        await recordAudit(tx, {
          userId: actor.userId,
          ip: actor.ip,
          action: "press.approve",
          entityType: "PressAccreditation",
          entityId: id,
          before: beforeRow,
          after,
        });
        const code = after.passCode!;
        const mediaUrl = `${links.baseUrl}${pressMediaPath(pressMediaToken(code, edition.year))}`;
        const mail = renderPressPassMail({ ...after, passCode: code }, { edition: edition.name, mediaUrl, qrCid: PASS_QR_CID });
        // The QR code is drawn by the outbox worker: the transaction stays short.
        const qr = { text: pressPassToken(code, edition.year), filename: `the-tac-nghiep-${code}.png`, cid: PASS_QR_CID };
        await queueRenderedMail(tx, "press.pass", { to: after.email, ...mail }, { qr });
        return { ok: true as const, passCode: code };
      });
      return outcome;
    } catch (error) {
      // Two approvals drawing the same random pass code: draw again.
      if (isUniqueViolation(error) && attempt < PASS_CODE_ATTEMPTS) continue;
      throw error;
    }
  }
}

type Closing = { from: "PENDING" | "APPROVED"; to: "REJECTED" | "REVOKED"; action: "press.reject" | "press.revoke" };

/** Moves an accreditation from `closing.from` to `closing.to` under a row lock, with the organiser's note, audited. */
async function closeAccreditation(
  database: Database,
  id: string,
  note: string,
  actor: UserActor,
  closing: Closing,
  queueNotice: (tx: Writer, closed: { accreditation: Accreditation; edition: { name: string } }) => Promise<void>,
) {
  return database.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM press_accreditations WHERE id = ${id}::uuid FOR UPDATE`;
    const before = await tx.pressAccreditation.findUnique({ where: { id }, include: { edition: { select: { name: true } } } });
    if (!before) return { ok: false as const, reason: "not-found" as const };
    if (before.status !== closing.from) return { ok: false as const, reason: "already-decided" as const };
    const { edition, ...beforeRow } = before;
    const after = await tx.pressAccreditation.update({
      where: { id },
      data: { status: closing.to, decisionNote: note || null, decidedById: actor.userId, decidedAt: new Date() },
    });
    await recordAudit(tx, {
      userId: actor.userId,
      ip: actor.ip,
      action: closing.action,
      entityType: "PressAccreditation",
      entityId: id,
      before: beforeRow,
      after,
    });
    await queueNotice(tx, { accreditation: after, edition });
    return { ok: true as const, accreditation: after, edition };
  });
}

type Accreditation = Awaited<ReturnType<Writer["pressAccreditation"]["update"]>>;

export async function rejectAccreditation(database: Database, id: string, note: string, actor: UserActor): Promise<DecisionResult> {
  const outcome = await closeAccreditation(
    database,
    id,
    note,
    actor,
    { from: "PENDING", to: "REJECTED", action: "press.reject" },
    (tx, closed) =>
      queueRenderedMail(tx, "press.rejected", {
        to: closed.accreditation.email,
        ...renderPressRejectedMail(closed.accreditation, { edition: closed.edition.name, note }),
      }),
  );
  if (!outcome.ok) return outcome;
  return { ok: true, passCode: null };
}

/**
 * Withdraws an approved journalist's pass: the check-in station refuses it by name from the next
 * roster on, the server refuses it at once, the media link closes, and the journalist is told.
 */
export async function revokeAccreditation(database: Database, id: string, note: string, actor: UserActor): Promise<DecisionResult> {
  const outcome = await closeAccreditation(
    database,
    id,
    note,
    actor,
    { from: "APPROVED", to: "REVOKED", action: "press.revoke" },
    (tx, closed) => {
      const mail = renderPressRevokedMail(
        { ...closed.accreditation, passCode: closed.accreditation.passCode! },
        { edition: closed.edition.name, note },
      );
      return queueRenderedMail(tx, "press.revoked", { to: closed.accreditation.email, ...mail });
    },
  );
  if (!outcome.ok) return outcome;
  return { ok: true, passCode: outcome.accreditation.passCode };
}

const PASS_QR_CID = "press-pass-qr@tuanle-dmst-quangngai";
