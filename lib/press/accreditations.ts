import "server-only";
import { recordAudit } from "@/lib/audit/record";
import type { Database } from "@/lib/db-client";
import { isUniqueViolation } from "@/lib/errors";
import { sendMail, type MailMessage } from "@/lib/mail/send";
import { renderQrPng } from "@/lib/tickets/qr";
import { renderPressPassMail, renderPressRejectedMail, renderPressRevokedMail } from "./emails";
import { pressMediaToken, pressPassToken } from "./media-access";
import { pressMediaPath } from "./paths";
import { passCode } from "./rules";

// Journalists apply for accreditation; organisers approve (a press pass with a check-in QR code and a
// link to the full-resolution media are e-mailed) or reject. `database` and `send` are parameters so
// that tests run on their own database and mail sink.

/** Version of the personal-data notice on the form; stored with each consent. */
export const ACCREDITATION_NOTICE_VERSION = "press-2025-09-v1";

type Actor = { userId: string; ip: string | null };
type Send = (message: MailMessage) => Promise<unknown>;

export type SubmitResult = { status: "received"; id: string } | { status: "duplicate" } | { status: "closed" };

export async function submitAccreditation(
  database: Database,
  input: import("./schema").AccreditationInput,
): Promise<SubmitResult> {
  const edition = await database.edition.findFirst({ where: { isCurrent: true, status: "PUBLISHED" }, select: { id: true } });
  if (!edition) return { status: "closed" };
  // Only the edition's published sessions can be chosen; anything else in the form is ignored.
  const sessions = await database.session.findMany({
    where: { id: { in: input.sessionIds }, editionId: edition.id, status: "PUBLISHED" },
    select: { id: true },
  });
  try {
    const created = await database.pressAccreditation.create({
      data: {
        editionId: edition.id,
        fullName: input.fullName,
        outlet: input.outlet,
        cardNumber: input.cardNumber,
        email: input.email,
        phone: input.phone,
        consentNoticeVersion: ACCREDITATION_NOTICE_VERSION,
        consentedAt: new Date(),
        sessions: { create: sessions.map((session) => ({ sessionId: session.id })) },
      },
      select: { id: true },
    });
    return { status: "received", id: created.id };
  } catch (error) {
    if (isUniqueViolation(error)) return { status: "duplicate" };
    throw error;
  }
}

export type DecisionResult =
  { ok: true; mailed: boolean; passCode: string | null } | { ok: false; reason: "not-found" | "already-decided" };

const PASS_CODE_ATTEMPTS = 5;

/** Approves a pending accreditation: a pass code, then the e-mail with the press pass and the media link. */
export async function approveAccreditation(
  database: Database,
  id: string,
  actor: Actor,
  links: { baseUrl: string },
  send: Send = sendMail,
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
        return { ok: true as const, accreditation: after, edition };
      });
      if (!outcome.ok) return outcome;
      const { accreditation, edition } = outcome;
      const code = accreditation.passCode!;
      const mediaUrl = `${links.baseUrl}${pressMediaPath(pressMediaToken(code, edition.year))}`;
      const mail = renderPressPassMail(
        { ...accreditation, passCode: code },
        { edition: edition.name, mediaUrl, qrCid: PASS_QR_CID },
      );
      const qr = await renderQrPng(pressPassToken(code, edition.year));
      const attachment = { filename: `the-tac-nghiep-${code}.png`, content: qr, contentType: "image/png", cid: PASS_QR_CID };
      return {
        ok: true,
        passCode: code,
        mailed: await trySend(send, { to: accreditation.email, ...mail, attachments: [attachment] }, id),
      };
    } catch (error) {
      // Two approvals drawing the same random pass code: draw again.
      if (isUniqueViolation(error) && attempt < PASS_CODE_ATTEMPTS) continue;
      throw error;
    }
  }
}

type Closing = { from: "PENDING" | "APPROVED"; to: "REJECTED" | "REVOKED"; action: "press.reject" | "press.revoke" };

/** Moves an accreditation from `closing.from` to `closing.to` under a row lock, with the organiser's note, audited. */
async function closeAccreditation(database: Database, id: string, note: string, actor: Actor, closing: Closing) {
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
    return { ok: true as const, accreditation: after, edition };
  });
}

export async function rejectAccreditation(
  database: Database,
  id: string,
  note: string,
  actor: Actor,
  send: Send = sendMail,
): Promise<DecisionResult> {
  const outcome = await closeAccreditation(database, id, note, actor, { from: "PENDING", to: "REJECTED", action: "press.reject" });
  if (!outcome.ok) return outcome;
  const mail = renderPressRejectedMail(outcome.accreditation, { edition: outcome.edition.name, note });
  return { ok: true, passCode: null, mailed: await trySend(send, { to: outcome.accreditation.email, ...mail }, id) };
}

/**
 * Withdraws an approved journalist's pass: the check-in station refuses it by name from the next
 * roster on, the server refuses it at once, the media link closes, and the journalist is told.
 */
export async function revokeAccreditation(
  database: Database,
  id: string,
  note: string,
  actor: Actor,
  send: Send = sendMail,
): Promise<DecisionResult> {
  const outcome = await closeAccreditation(database, id, note, actor, { from: "APPROVED", to: "REVOKED", action: "press.revoke" });
  if (!outcome.ok) return outcome;
  const { accreditation, edition } = outcome;
  const mail = renderPressRevokedMail({ ...accreditation, passCode: accreditation.passCode! }, { edition: edition.name, note });
  return { ok: true, passCode: accreditation.passCode, mailed: await trySend(send, { to: accreditation.email, ...mail }, id) };
}

const PASS_QR_CID = "press-pass-qr@tuanle-dmst-quangngai";

/** A decision stands even when the mail server is down; organisers see that the e-mail did not leave. */
async function trySend(send: Send, message: MailMessage, id: string): Promise<boolean> {
  try {
    await send(message);
    return true;
  } catch (error) {
    console.error(`[press] e-mail about accreditation ${id} not sent:`, error);
    return false;
  }
}
