import "server-only";
import { createHash } from "node:crypto";
import type { Database } from "@/lib/db-client";
import { env } from "@/lib/env";
import { DomainError } from "@/lib/errors";
import { logger } from "@/lib/log";
import type { MailKind } from "@/lib/mail/kinds";
import type { MailRenderer, OutboxRow } from "@/lib/mail/worker";
import { issuedDocument, type InvitationSnapshot } from "./document";
import { renderInvitationMail, renderReminderMail } from "./emails";
import { renderInvitationPdf } from "./pdf";
import { formatDocumentNumber } from "./rules";
import { replyToken, replyUrl } from "./reply-link";
import { snapshotOf } from "./store";

const log = logger("invitations");

// Issuing queues one e-mail per invitee with an address in the outbox; the outbox worker renders each
// invitation's PDF from its frozen snapshot when its turn comes, records its checksum, and sends it
// with the reply link. The numbering transaction stays short (rendering hundreds of PDFs inside it
// would hold the register's lock for as long); the PDF depends on the snapshot alone, so rendering it
// later yields the same bytes, which the checksum proves. Each invitation records its delivery
// (sent, or failed with the server's reply), so the batch page shows the progress.

type IssuedInvitation = { id: string; year: number; snapshot: InvitationSnapshot };

export function sha256(content: Buffer): string {
  return createHash("sha256").update(content).digest("hex");
}

export function invitationFileName(snapshot: Pick<InvitationSnapshot, "number" | "symbol" | "year">): string {
  return `giay-moi-${formatDocumentNumber(snapshot.number)}-${snapshot.symbol}-${snapshot.year}.pdf`;
}

export function invitationReplyUrl(invitation: { id: string; year: number }): string {
  return replyUrl(replyToken(invitation));
}

function renderIssuedPdf(invitation: IssuedInvitation): Promise<Buffer> {
  return renderInvitationPdf(issuedDocument(invitation.snapshot, invitationReplyUrl(invitation)));
}

/**
 * The PDF of an issued invitation, checked against the checksum recorded at issue (recorded now if
 * the delivery has not reached it yet); a mismatch is logged (see recordChecksum).
 */
export async function issuedPdf(database: Database, invitationId: string): Promise<{ pdf: Buffer; fileName: string }> {
  const row = await database.invitation.findUnique({ where: { id: invitationId }, select: { id: true, year: true, snapshot: true, pdfSha256: true } });
  if (!row) throw new DomainError("NOT_FOUND", "invitation not found");
  const invitation = { ...row, snapshot: snapshotOf(row.snapshot) };
  const pdf = await renderIssuedPdf(invitation);
  await recordChecksum(database, invitation.id, row.pdfSha256, sha256(pdf));
  return { pdf, fileName: invitationFileName(invitation.snapshot) };
}

async function recordChecksum(database: Database, invitationId: string, recorded: string | null, actual: string): Promise<void> {
  if (recorded === null) {
    await database.invitation.updateMany({ where: { id: invitationId, pdfSha256: null }, data: { pdfSha256: actual } });
    const stored = await database.invitation.findUniqueOrThrow({ where: { id: invitationId }, select: { pdfSha256: true } });
    if (stored.pdfSha256 === actual) return;
    recorded = stored.pdfSha256;
  }
  // The text comes from the frozen snapshot either way, and a render depends on nothing else (see
  // documentFont): a difference would mean a changed font or library, which operators must hear of,
  // while the officer still gets the invitation.
  if (recorded !== actual) log.error({ invitationId, recorded, actual }, "an issued invitation rendered to other bytes than its checksum");
}

/** The issued invitation a message is about, with its snapshot; null when revoked since (the message is then moot). */
async function liveInvitation(database: Database, row: OutboxRow) {
  if (!row.invitationId) return null;
  const invitation = await database.invitation.findUnique({
    where: { id: row.invitationId },
    select: { id: true, year: true, snapshot: true, pdfSha256: true, status: true, response: true },
  });
  if (!invitation || invitation.status !== "ISSUED") return null;
  return { ...invitation, snapshot: snapshotOf(invitation.snapshot) };
}

/** The invitation e-mail: the PDF rendered from the frozen snapshot (its checksum recorded or checked) and the reply link. */
const invitationMail: MailRenderer = {
  async render(row, database) {
    const invitation = await liveInvitation(database, row);
    if (!invitation) return null;
    const pdf = await renderIssuedPdf(invitation);
    await recordChecksum(database, invitation.id, invitation.pdfSha256, sha256(pdf));
    const mail = renderInvitationMail(invitation.snapshot, invitationReplyUrl(invitation), env.INVITATION_CONTACT ?? null);
    return { ...mail, attachments: [{ filename: invitationFileName(invitation.snapshot), content: pdf, contentType: "application/pdf" }] };
  },
  async sent(row, tx) {
    await tx.invitation.updateMany({ where: { id: row.invitationId! }, data: { deliveryStatus: "SENT", sentAt: new Date(), deliveryError: null } });
  },
  async failed(row, tx, reason) {
    await tx.invitation.updateMany({ where: { id: row.invitationId! }, data: { deliveryStatus: "FAILED", deliveryError: reason.error } });
  },
};

/** A reminder, unless the invitee has answered (or the invitation was revoked) since it was queued. */
const reminderMail: MailRenderer = {
  async render(row, database) {
    const invitation = await liveInvitation(database, row);
    if (!invitation || invitation.response !== "PENDING") return null;
    return renderReminderMail(invitation.snapshot, invitationReplyUrl(invitation), env.INVITATION_CONTACT ?? null);
  },
};

export const INVITATION_MAIL = {
  "invitation.invitation": invitationMail,
  "invitation.reminder": reminderMail,
} satisfies Partial<Record<MailKind, MailRenderer>>;
