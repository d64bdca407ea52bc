import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SeatNotice } from "@/lib/generated/prisma/enums";
import { recordAudit } from "@/lib/audit/store";
import type { Database } from "@/lib/db-client";
import { env } from "@/lib/env";
import type { MailKind } from "@/lib/mail/kinds";
import type { MailAttachment } from "@/lib/mail/send";
import type { MailRenderer, OutboxMail, OutboxRow, Transaction } from "@/lib/mail/worker";
import { renderQrPng } from "@/lib/tickets/qr";
import { registrationTicketToken } from "@/lib/tickets/registration-ticket";
import { buildRegistrationCalendar } from "./calendar";
import { readPreviousSchedule } from "./session-change-store";
import {
  renderConfirmationMail,
  renderManageLinkMail,
  renderSeatPromotedMail,
  renderSessionCancelledMail,
  renderSessionChangedMail,
  type RegisteredBy,
} from "./emails";
import { currentManageToken, rotateManageToken } from "./manage-link-store";
import { loadRegistrationView, type RegistrationView } from "./session-queries";

// How the outbox worker renders the delegate's e-mails (queued by mail-queue-store.ts): from what the
// database holds when their turn comes, so a rush of registrations never waits for QR codes and
// calendars, and what a message says is what is true when it leaves.

const QR_CID = "ticket-qr@tuanle-dmst-quangngai";

type Mailable = RegistrationView & { email: string };

/** The manage page of a registration: the only place its secret token appears. */
export function manageUrl(manageToken: string): string {
  return `${env.PUBLIC_BASE_URL.replace(/\/+$/, "")}/my-registration/${encodeURIComponent(manageToken)}`;
}

/** The registration as the message will show it; null when it may not be written to any more, or not at this address. */
async function loadMailable(database: Database, row: OutboxRow): Promise<Mailable | null> {
  if (!row.registrationId) return null;
  const registration = await loadRegistrationView(database, row.registrationId);
  if (!registration?.email || registration.status === "ERASED" || registration.email !== row.recipient) return null;
  return { ...registration, email: registration.email };
}

async function qrAttachment(registration: RegistrationView): Promise<MailAttachment> {
  return {
    filename: `ve-${registration.code}.png`,
    content: await renderQrPng(registrationTicketToken(registration)),
    contentType: "image/png",
    cid: QR_CID,
  };
}

/** The given sessions as an RFC 5545 calendar attachment, or null when there are none. */
async function calendarAttachment(database: Database, registration: RegistrationView, sessionIds: string[]): Promise<MailAttachment | null> {
  const calendar = await buildRegistrationCalendar(database, registration.edition.year, sessionIds);
  if (!calendar) return null;
  return { filename: `lich-${registration.code}.ics`, content: calendar, contentType: "text/calendar; charset=utf-8; method=PUBLISH" };
}

/** The QR ticket, inline, and the calendar of the given sessions when there are any. */
async function ticketAttachments(database: Database, registration: RegistrationView, sessionIds: string[]) {
  const [qr, calendar] = await Promise.all([qrAttachment(registration), calendarAttachment(database, registration, sessionIds)]);
  return { attachments: calendar ? [qr, calendar] : [qr], hasCalendar: calendar !== null };
}

function sessionIdOf(row: OutboxRow): string {
  const sessionId = (row.payload as { sessionId?: unknown } | null)?.sessionId;
  if (typeof sessionId !== "string") throw new Error(`message ${row.id} names no session`);
  return sessionId;
}

/** Whether the seat still owes this notice: a later change may have made it moot, or an earlier message told it already. */
async function isNoticeDue(database: Database, row: OutboxRow, kind: SeatNotice): Promise<boolean> {
  const seat = await database.seat.findFirst({
    where: { registrationId: row.registrationId!, sessionId: sessionIdOf(row), noticeKind: kind, noticeDueAt: { not: null } },
    select: { id: true },
  });
  return seat !== null;
}

/** Once told, the seat owes nothing; the next change of schedule starts from what the delegate now knows. */
function noticeSent(kind: SeatNotice) {
  return async (row: OutboxRow, tx: Transaction) => {
    await tx.seat.updateMany({
      where: { registrationId: row.registrationId!, sessionId: sessionIdOf(row), noticeKind: kind },
      data: kind === "SESSION_CHANGED" ? { noticeDueAt: null, noticeDetail: Prisma.DbNull } : { noticeDueAt: null },
    });
  };
}

/** An address refused for good: the back office shows it until an organiser corrects it, and the history says why. */
async function addressRefused(row: OutboxRow, tx: Transaction, reason: { permanent: boolean; error: string }): Promise<void> {
  if (!reason.permanent || !row.registrationId) return;
  await tx.registration.updateMany({ where: { id: row.registrationId, email: row.recipient }, data: { mailRefusedAt: new Date() } });
  const action = row.kind === "registration.confirmation" ? "registration.confirmation-refused" : "registration.notice-refused";
  await recordAudit(tx, { userId: null, action, entityType: "Registration", entityId: row.registrationId, after: { error: reason.error, messageId: row.id } });
}

function confirmedSessionIds(registration: RegistrationView): string[] {
  return registration.seats.filter((seat) => seat.status === "CONFIRMED").map((seat) => seat.sessionId);
}

/** The registrant of the member's delegation, as it stands now (nothing once the registrant's data is erased). */
async function registeredBy(database: Database, row: OutboxRow): Promise<RegisteredBy | undefined> {
  const delegationId = (row.payload as { delegationId?: unknown } | null)?.delegationId;
  if (typeof delegationId !== "string") return undefined;
  const delegation = await database.delegation.findUnique({ where: { id: delegationId }, select: { registrantName: true, organization: true } });
  if (!delegation?.registrantName) return undefined;
  return { name: delegation.registrantName, organization: delegation.organization ?? "" };
}

const confirmation: MailRenderer = {
  async render(row, database) {
    const registration = await loadMailable(database, row);
    if (!registration || registration.status !== "ACTIVE") return null;
    const given = (row.payload as { manageToken?: unknown } | null)?.manageToken;
    const token = typeof given === "string" ? given : await rotateManageToken(database, registration.id);
    const ticket = await ticketAttachments(database, registration, confirmedSessionIds(registration));
    const mail = renderConfirmationMail(registration, {
      manageUrl: manageUrl(token),
      qrCid: QR_CID,
      hasCalendar: ticket.hasCalendar,
      registeredBy: await registeredBy(database, row),
    });
    return { ...mail, attachments: ticket.attachments };
  },
  async sent(row, tx) {
    await tx.registration.updateMany({ where: { id: row.registrationId! }, data: { confirmationMailedAt: new Date() } });
  },
  failed: addressRefused,
};

const manageLink: MailRenderer = {
  async render(row, database) {
    const registration = await loadMailable(database, row);
    if (!registration) return null;
    // The link the delegate already has, computed again: asking for it, or someone registering the
    // address again, never makes the link in earlier e-mails stop working.
    const reason = (row.payload as { reason?: unknown } | null)?.reason === "duplicate" ? "duplicate" : "request";
    return renderManageLinkMail(registration, { manageUrl: manageUrl(await currentManageToken(database, registration.id)), reason });
  },
};

const seatPromoted: MailRenderer = {
  async render(row, database): Promise<OutboxMail | null> {
    const registration = await loadMailable(database, row);
    if (!registration || !(await isNoticeDue(database, row, "PROMOTED"))) return null;
    const seat = registration.seats.find((candidate) => candidate.sessionId === sessionIdOf(row) && candidate.status === "CONFIRMED");
    if (!seat) return null;
    const ticket = await ticketAttachments(database, registration, [seat.sessionId]);
    return { ...renderSeatPromotedMail(registration, seat, { qrCid: QR_CID }), attachments: ticket.attachments };
  },
  sent: noticeSent("PROMOTED"),
  failed: addressRefused,
};

/** The delegate, their seat in the session and the session's calendar file; null when nothing is owed any more. */
async function loadOwedSeat(database: Database, row: OutboxRow, kind: SeatNotice) {
  const registration = await loadMailable(database, row);
  if (!registration || !(await isNoticeDue(database, row, kind))) return null;
  const seat = registration.seats.find((candidate) => candidate.sessionId === sessionIdOf(row));
  if (!seat) return null;
  const calendar = await calendarAttachment(database, registration, [seat.sessionId]);
  return { registration, seat, attachments: calendar ? [calendar] : [] };
}

/** The calendar file marks the event cancelled (same UID, higher SEQUENCE), so calendar apps drop it. */
const sessionCancelled: MailRenderer = {
  async render(row, database) {
    const found = await loadOwedSeat(database, row, "SESSION_CANCELLED");
    if (!found) return null;
    return { ...renderSessionCancelledMail(found.registration, found.seat), attachments: found.attachments };
  },
  sent: noticeSent("SESSION_CANCELLED"),
  failed: addressRefused,
};

/** What changed, and the calendar file with the same UID and a higher SEQUENCE, which calendar apps take as the update. */
const sessionChanged: MailRenderer = {
  async render(row, database) {
    const found = await loadOwedSeat(database, row, "SESSION_CHANGED");
    if (!found) return null;
    const previous = await readPreviousSchedule(database, { registrationId: found.registration.id, sessionId: found.seat.sessionId });
    return { ...renderSessionChangedMail(found.registration, found.seat, previous), attachments: found.attachments };
  },
  sent: noticeSent("SESSION_CHANGED"),
  failed: addressRefused,
};

export const REGISTRATION_MAIL = {
  "registration.confirmation": confirmation,
  "registration.manage-link": manageLink,
  "registration.seat-promoted": seatPromoted,
  "registration.session-cancelled": sessionCancelled,
  "registration.session-changed": sessionChanged,
} satisfies Partial<Record<MailKind, MailRenderer>>;
