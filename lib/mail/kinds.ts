// Every kind of e-mail the portal sends, as stored in the outbox (`outbox_messages.kind`). The
// organisers' mail page filters by these; each has a renderer in lib/mail/renderers.ts.

/** The kinds rendered when queued (`queueRenderedMail`) and sent as stored. */
export const STORED_MAIL_KINDS = [
  "invitation.correction",
  "exhibition.application-received",
  "exhibition.decision",
  "press.received",
  "press.pass",
  "press.rejected",
  "press.revoked",
  "feedback.survey",
  "registration.email-change",
  "registration.email-changed",
] as const;

export const MAIL_KINDS = [
  "registration.confirmation",
  "registration.manage-link",
  "registration.seat-promoted",
  "registration.session-cancelled",
  "registration.session-changed",
  "invitation.invitation",
  "invitation.reminder",
  "delegation.confirmation",
  ...STORED_MAIL_KINDS,
] as const;

export type MailKind = (typeof MAIL_KINDS)[number];

export const MAIL_STATUSES = ["QUEUED", "SENDING", "SENT", "FAILED", "SKIPPED"] as const;

/** The Message-ID of an outbox row: the same on every attempt, so a message sent twice is recognisably one. */
export function outboxMessageId(id: string, from: string): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? "localhost";
  return `<${id}@${domain}>`;
}

/**
 * The wait before the next attempt after `attempts` failed ones: doubling from `baseMs`, at most an hour.
 * Pure, so the backoff schedule is tested on its own.
 */
export function retryDelayMs(attempts: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempts - 1), 60 * 60_000);
}
