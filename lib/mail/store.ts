import type { Prisma } from "@/lib/generated/prisma/client";
import type { Database } from "@/lib/db-client";
import type { MailKind } from "./kinds";
import type { MailMessage } from "./send";

// Writes to the outbox (`outbox_messages`). A change that owes an e-mail queues it with the
// transaction client of the change itself: a rolled-back change leaves no e-mail behind, a committed
// one always has its e-mail queued. A trigger NOTIFYs the workers at commit.

export type Writer = Prisma.TransactionClient | Database;

type QueuedMail = {
  kind: MailKind;
  to: string;
  /** What the kind's renderer needs; keep it to ids (and a manage token, removed once sent). */
  payload?: Prisma.InputJsonObject;
  /** Set when the message is rendered at once; otherwise the worker sets it when it renders. */
  subject?: string;
  registrationId?: string;
  invitationId?: string;
};

export async function queueMail(tx: Writer, mails: QueuedMail[]): Promise<void> {
  if (mails.length === 0) return;
  await tx.outboxMessage.createMany({
    data: mails.map((mail) => ({
      kind: mail.kind,
      recipient: mail.to,
      subject: mail.subject,
      payload: mail.payload ?? {},
      registrationId: mail.registrationId,
      invitationId: mail.invitationId,
    })),
  });
}

/** A QR code the worker renders and attaches inline, so that the stored message stays small. */
type StoredQr = { text: string; filename: string; cid: string };

/**
 * Queues a message rendered now (cheap ones: plain text and HTML without attachments, or with a QR
 * code the worker draws). Sent as stored by lib/mail/stored.ts.
 */
export async function queueRenderedMail(
  tx: Writer,
  kind: MailKind,
  message: Pick<MailMessage, "to" | "subject" | "text" | "html">,
  extra: { qr?: StoredQr; registrationId?: string } = {},
): Promise<void> {
  const payload: Prisma.InputJsonObject = extra.qr ? { text: message.text, html: message.html, qr: extra.qr } : { text: message.text, html: message.html };
  await queueMail(tx, [{ kind, to: message.to, subject: message.subject, payload, registrationId: extra.registrationId }]);
}

/** Queues a failed message again, due now; false when it is not failed (any more). */
export async function retryFailedMail(tx: Writer, id: string): Promise<boolean> {
  const { count } = await tx.outboxMessage.updateMany({
    where: { id, status: "FAILED" },
    data: { status: "QUEUED", nextAttemptAt: new Date(), attempts: 0, lockedBy: null, lockedUntil: null },
  });
  if (count === 1) await tx.$executeRaw`SELECT pg_notify('mail_outbox', '')`;
  return count === 1;
}
