import "server-only";
import { createHash } from "node:crypto";
import type { Database } from "@/lib/db-client";
import { env } from "@/lib/env";
import { DomainError } from "@/lib/errors";
import { sendMail } from "@/lib/mail/send";
import type { MailSettings } from "@/lib/mail/settings";
import { issuedDocument, type InvitationSnapshot } from "./document";
import { renderInvitationMail, renderReminderMail } from "./emails";
import { renderInvitationPdf } from "./pdf";
import { formatDocumentNumber } from "./rules";
import { replyToken, replyUrl } from "./reply-link";
import { snapshotOf } from "./store";

// After issuing: each invitation's PDF is rendered from its frozen snapshot, its checksum recorded,
// and it is e-mailed to the invitee with the reply link. The numbering transaction stays short
// (rendering hundreds of PDFs inside it would hold the register's lock for as long); the PDF depends
// on the snapshot alone, so rendering it later yields the same bytes, which the checksum proves.
// Progress is the database's own state (checksums set, deliveries recorded), so the batch page
// shows it and a retry continues where a failure or a restart stopped.

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

export function renderIssuedPdf(invitation: IssuedInvitation): Promise<Buffer> {
  return renderInvitationPdf(issuedDocument(invitation.snapshot, invitationReplyUrl(invitation)));
}

/**
 * The PDF of an issued invitation, checked against the checksum recorded at issue (recorded now if
 * the delivery has not reached it yet). A mismatch means the document is not what was issued.
 */
export async function issuedPdf(db: Database, invitationId: string): Promise<{ pdf: Buffer; fileName: string }> {
  const row = await db.invitation.findUnique({ where: { id: invitationId }, select: { id: true, year: true, snapshot: true, pdfSha256: true } });
  if (!row) throw new DomainError("NOT_FOUND", "invitation not found");
  const invitation = { ...row, snapshot: snapshotOf(row.snapshot) };
  const pdf = await renderIssuedPdf(invitation);
  await recordChecksum(db, invitation.id, row.pdfSha256, sha256(pdf));
  return { pdf, fileName: invitationFileName(invitation.snapshot) };
}

async function recordChecksum(db: Database, invitationId: string, recorded: string | null, actual: string): Promise<void> {
  if (recorded === null) {
    await db.invitation.updateMany({ where: { id: invitationId, pdfSha256: null }, data: { pdfSha256: actual } });
    const stored = await db.invitation.findUniqueOrThrow({ where: { id: invitationId }, select: { pdfSha256: true } });
    if (stored.pdfSha256 === actual) return;
    recorded = stored.pdfSha256;
  }
  if (recorded !== actual) throw new Error(`invitation ${invitationId}: the PDF no longer matches its issued checksum`);
}

export type DeliveryReport = { rendered: number; sent: number; failed: number; withoutEmail: number };

/** Runs `task` over `items`, at most `concurrency` at a time: rendering overlaps the SMTP round trips. */
async function inPool<T>(items: T[], concurrency: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

/**
 * Renders, records and e-mails every issued invitation of the batch that still needs it: no
 * checksum yet, or an e-mail not sent (or failed, which is how a retry works). Invitees without an
 * e-mail address are left for the printed copy.
 */
export async function deliverBatch(
  db: Database,
  batchId: string,
  { concurrency = 4, mailSettings }: { concurrency?: number; mailSettings?: MailSettings } = {},
): Promise<DeliveryReport> {
  const pending = await db.invitation.findMany({
    where: {
      batchId,
      status: "ISSUED",
      OR: [{ pdfSha256: null }, { deliveryStatus: { not: "SENT" }, invitee: { email: { not: null } } }],
    },
    select: { id: true, year: true, snapshot: true, pdfSha256: true, deliveryStatus: true, invitee: { select: { email: true } } },
    orderBy: { number: "asc" },
  });
  const report: DeliveryReport = { rendered: 0, sent: 0, failed: 0, withoutEmail: 0 };
  await inPool(pending, concurrency, async (row) => {
    const invitation = { ...row, snapshot: snapshotOf(row.snapshot) };
    const pdf = await renderIssuedPdf(invitation);
    await recordChecksum(db, invitation.id, row.pdfSha256, sha256(pdf));
    report.rendered++;
    const email = row.invitee.email;
    if (!email) {
      report.withoutEmail++;
      return;
    }
    if (row.deliveryStatus === "SENT") return;
    const mail = renderInvitationMail(invitation.snapshot, invitationReplyUrl(invitation), env.INVITATION_CONTACT ?? null);
    try {
      await sendMail({ to: email, ...mail, attachments: [{ filename: invitationFileName(invitation.snapshot), content: pdf, contentType: "application/pdf" }] }, mailSettings);
      await db.invitation.update({ where: { id: invitation.id }, data: { deliveryStatus: "SENT", sentAt: new Date(), deliveryError: null } });
      report.sent++;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await db.invitation.update({ where: { id: invitation.id }, data: { deliveryStatus: "FAILED", deliveryError: message.slice(0, 500) } });
      report.failed++;
    }
  });
  return report;
}

/** Reminds every invitee of the batch who has an e-mail, a live invitation and no answer yet. */
export async function remindNonResponders(db: Database, batchId: string, mailSettings?: MailSettings): Promise<{ reminded: number; failed: number }> {
  const rows = await db.invitation.findMany({
    where: { batchId, status: "ISSUED", response: "PENDING", invitee: { email: { not: null } } },
    select: { id: true, year: true, snapshot: true, invitee: { select: { email: true } } },
    orderBy: { number: "asc" },
  });
  const outcome = { reminded: 0, failed: 0 };
  await inPool(rows, 4, async (row) => {
    const snapshot = snapshotOf(row.snapshot);
    try {
      await sendMail({ to: row.invitee.email!, ...renderReminderMail(snapshot, invitationReplyUrl(row), env.INVITATION_CONTACT ?? null) }, mailSettings);
      outcome.reminded++;
    } catch (error) {
      console.error(`[invitations] reminder for invitation ${row.id} failed`, error);
      outcome.failed++;
    }
  });
  return outcome;
}
