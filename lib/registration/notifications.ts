import "server-only";
import { after } from "next/server";
import { createTaskQueue } from "@/lib/background/task-queue";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import type { Database } from "@/lib/db-client";
import { env } from "@/lib/env";
import { isPermanentMailFailure, sendMail, type MailAttachment, type MailDelivery } from "@/lib/mail/send";
import { renderQrPng } from "@/lib/tickets/qr";
import { registrationTicketToken } from "@/lib/tickets/registration-ticket";
import { buildRegistrationCalendar } from "./calendar";
import { claimConfirmation, recordConfirmationSent, releaseConfirmation } from "./confirmation-store";
import { claimSeatNotice, restoreSeatNotice, type SeatNoticeDue } from "./seat-notices";
import { forgetPreviousSchedule, listDueChangeNotices, readPreviousSchedule } from "./session-change";
import {
  renderConfirmationMail,
  renderManageLinkMail,
  renderSeatPromotedMail,
  renderSessionCancelledMail,
  renderSessionChangedMail,
} from "./emails";
import { rotateManageToken, type Promotion } from "./service";
import { loadRegistrationView, type RegistrationView } from "./views";

// The delegate's e-mails. Each loads the registration afresh, so that what it says is what the
// database holds after the change that triggered it. `database` is for tests; the app uses `db`.

const QR_CID = "ticket-qr@tuanle-dmst-quangngai";

type Mailable = RegistrationView & { email: string };

/** The manage page of a registration: the only place its secret token appears. */
export function manageUrl(manageToken: string): string {
  return `${env.PUBLIC_BASE_URL.replace(/\/+$/, "")}/my-registration/${encodeURIComponent(manageToken)}`;
}

async function loadMailable(database: Database, registrationId: string): Promise<Mailable> {
  const registration = await loadRegistrationView(database, registrationId);
  if (!registration) throw new Error(`registration ${registrationId} does not exist`);
  if (!registration.email || registration.status === "ERASED") {
    throw new Error(`registration ${registrationId} has no e-mail address any more`);
  }
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
async function calendarAttachment(
  database: Database,
  registration: RegistrationView,
  sessionIds: string[],
): Promise<MailAttachment | null> {
  const calendar = await buildRegistrationCalendar(database, registration.edition.year, sessionIds);
  if (!calendar) return null;
  return {
    filename: `lich-${registration.code}.ics`,
    content: calendar,
    contentType: "text/calendar; charset=utf-8; method=PUBLISH",
  };
}

/** The QR ticket, inline, and the calendar of the given sessions when there are any. */
async function ticketAttachments(database: Database, registration: RegistrationView, sessionIds: string[]) {
  const [qr, calendar] = await Promise.all([qrAttachment(registration), calendarAttachment(database, registration, sessionIds)]);
  return { attachments: calendar ? [qr, calendar] : [qr], hasCalendar: calendar !== null };
}

function confirmedSessionIds(registration: RegistrationView): string[] {
  return registration.seats.filter((seat) => seat.status === "CONFIRMED").map((seat) => seat.sessionId);
}

export async function sendConfirmation(
  registrationId: string,
  manageToken: string,
  database: Database = db,
): Promise<MailDelivery> {
  const registration = await loadMailable(database, registrationId);
  const ticket = await ticketAttachments(database, registration, confirmedSessionIds(registration));
  const mail = renderConfirmationMail(registration, {
    manageUrl: manageUrl(manageToken),
    qrCid: QR_CID,
    hasCalendar: ticket.hasCalendar,
  });
  return sendMail({ to: registration.email, ...mail, attachments: ticket.attachments });
}

/**
 * Sends an e-mail its sender has taken. When sending fails for a reason that may pass, the e-mail is
 * given back, due again for the recovery sweep; a refusal for good is written to the registration's
 * history, where the organisers look before calling the delegate. The error still reaches the caller.
 */
async function sendTaken<T>(
  database: Database,
  taken: { registrationId: string; send: () => Promise<T>; giveBack: () => Promise<void>; refusal: string },
): Promise<T> {
  try {
    return await taken.send();
  } catch (error) {
    if (isPermanentMailFailure(error)) await recordRefusal(database, taken.registrationId, taken.refusal, error);
    else await taken.giveBack();
    throw error;
  }
}

/** Marks the address as refused (the back office shows it until an organiser corrects it) and says why in the history. */
async function recordRefusal(database: Database, registrationId: string, action: string, error: unknown): Promise<void> {
  const { response, responseCode } = error as { response?: string; responseCode?: number };
  await database.$transaction(async (tx) => {
    await tx.registration.updateMany({ where: { id: registrationId }, data: { mailRefusedAt: new Date() } });
    await recordAudit(tx, { userId: null, action, entityType: "Registration", entityId: registrationId, after: { responseCode, response } });
  });
}

/**
 * The confirmation of a new (or revived) registration, exactly once: null when another sender took it
 * already. `manageToken` null renews the manage link (only its hash is stored, so a lost e-mail's link
 * cannot be repeated); it is renewed only once the e-mail is taken.
 */
export async function deliverConfirmation(
  registrationId: string,
  manageToken: string | null,
  database: Database = db,
  now = new Date(),
): Promise<MailDelivery | null> {
  // A claim older than the sweep's grace is a sender that died between taking and sending.
  const staleBefore = new Date(now.getTime() - env.MAIL_RECOVERY_GRACE_SECONDS * 1000);
  if (!(await claimConfirmation(database, registrationId, { staleBefore }))) return null;
  return sendTaken(database, {
    registrationId,
    send: async () => {
      const delivery = await sendConfirmation(registrationId, manageToken ?? (await rotateManageToken(database, registrationId)), database);
      await recordConfirmationSent(database, registrationId);
      return delivery;
    },
    giveBack: () => releaseConfirmation(database, registrationId),
    refusal: "registration.confirmation-refused",
  });
}

/**
 * The e-mail owed about a seat (a seat from the wait list, a cancelled session), exactly once: null when
 * it is not due any more (sent, taken by another sender, or the seat given up since).
 */
export async function deliverSeatNotice(notice: SeatNoticeDue, database: Database = db): Promise<MailDelivery | null> {
  if (!(await claimSeatNotice(database, notice, notice.kind))) return null;
  return sendTaken(database, {
    registrationId: notice.registrationId,
    send: () => SEAT_NOTICE_SENDERS[notice.kind](notice.registrationId, notice.sessionId, database),
    giveBack: () => restoreSeatNotice(database, notice, notice.kind),
    refusal: "registration.notice-refused",
  });
}

/** For a repeated registration: the new manage link goes to the address, never to the screen. */
export async function sendManageLinkAgain(
  registrationId: string,
  manageToken: string,
  database: Database = db,
): Promise<MailDelivery> {
  const registration = await loadMailable(database, registrationId);
  const mail = renderManageLinkMail(registration, { manageUrl: manageUrl(manageToken) });
  return sendMail({ to: registration.email, ...mail });
}

/** A wait-listed delegate got a seat; null when the seat is no longer confirmed by the time we look. */
export async function sendSeatPromoted(
  registrationId: string,
  sessionId: string,
  database: Database = db,
): Promise<MailDelivery | null> {
  const registration = await loadMailable(database, registrationId);
  const seat = registration.seats.find((candidate) => candidate.sessionId === sessionId && candidate.status === "CONFIRMED");
  if (!seat) {
    console.warn(`[mail] no promotion e-mail for ${registration.code}: the seat at session ${sessionId} is not confirmed`);
    return null;
  }
  const ticket = await ticketAttachments(database, registration, [seat.sessionId]);
  const mail = renderSeatPromotedMail(registration, seat, { qrCid: QR_CID });
  return sendMail({ to: registration.email, ...mail, attachments: ticket.attachments });
}

/**
 * The organisers cancelled a session the delegate holds a seat in; null when the seat is gone by now.
 * The calendar file marks the event cancelled (same UID, higher SEQUENCE), so calendar apps drop it.
 */
export async function sendSessionCancelled(
  registrationId: string,
  sessionId: string,
  database: Database = db,
): Promise<MailDelivery | null> {
  const found = await loadSeatWithCalendar(database, registrationId, sessionId);
  if (!found) return null;
  const { registration, seat, attachments } = found;
  return sendMail({ to: registration.email, ...renderSessionCancelledMail(registration, seat), attachments });
}

/** The delegate, their seat in the session and the session's calendar file; null when the seat is gone by now. */
async function loadSeatWithCalendar(database: Database, registrationId: string, sessionId: string) {
  const registration = await loadMailable(database, registrationId);
  const seat = registration.seats.find((candidate) => candidate.sessionId === sessionId);
  if (!seat) return null;
  const calendar = await calendarAttachment(database, registration, [sessionId]);
  return { registration, seat, attachments: calendar ? [calendar] : [] };
}

/**
 * The organisers moved a session the delegate holds a seat in (time or venue): what changed, and the
 * calendar file with the same UID and a higher SEQUENCE, which calendar apps take as the update.
 */
export async function sendSessionChanged(
  registrationId: string,
  sessionId: string,
  database: Database = db,
): Promise<MailDelivery | null> {
  const found = await loadSeatWithCalendar(database, registrationId, sessionId);
  if (!found) return null;
  const { registration, seat, attachments } = found;
  const previous = await readPreviousSchedule(database, { registrationId, sessionId });
  const delivery = await sendMail({ to: registration.email, ...renderSessionChangedMail(registration, seat, previous), attachments });
  await forgetPreviousSchedule(database, { registrationId, sessionId });
  return delivery;
}

const SEAT_NOTICE_SENDERS = {
  PROMOTED: sendSeatPromoted,
  SESSION_CANCELLED: sendSessionCancelled,
  SESSION_CHANGED: sendSessionChanged,
} as const;

// One e-mail rendered at a time (QR code, calendar, MIME): under a rush the processor belongs to the
// registrations themselves, and the e-mails follow.
const mailQueue = createTaskQueue("registration mail", { concurrency: 1 });

/**
 * Sends after the response has gone out, so that a delegate's page never waits for the SMTP
 * server. A failure is logged with what was being sent: the change itself is already committed.
 */
export function sendAfterResponse(what: string, send: () => Promise<unknown>): void {
  after(() => sendInBackground(what, send));
}

/** Queues an e-mail behind the others; resolves once it is sent or its failure logged, never rejects. */
export function sendInBackground(what: string, send: () => Promise<unknown>): Promise<void> {
  return mailQueue.push(`sending ${what}`, send);
}

/** Tells every delegate who got a seat through a change (drop, cancel, erase, more seats). */
export function announcePromotions(promoted: Promotion[]): void {
  for (const { registrationId, sessionId, sessionSlug } of promoted) {
    sendAfterResponse(`the seat promotion of ${registrationId} at ${sessionSlug}`, () =>
      deliverSeatNotice({ registrationId, sessionId, kind: "PROMOTED" }),
    );
  }
}

/** Tells every delegate owed a change notice about the session (it was just moved) right after the response. */
export async function announceSessionChanged(sessionId: string, database: Database = db): Promise<void> {
  for (const seat of await listDueChangeNotices(database, sessionId)) {
    sendAfterResponse(`the change of ${sessionId} to ${seat.registrationId}`, () =>
      deliverSeatNotice({ ...seat, kind: "SESSION_CHANGED" }, database),
    );
  }
}

/** Tells every delegate holding a seat in a session the organisers just cancelled. */
export function announceSessionCancelled(sessionId: string, registrationIds: string[]): void {
  for (const registrationId of registrationIds) {
    sendAfterResponse(`the cancellation of ${sessionId} to ${registrationId}`, () =>
      deliverSeatNotice({ registrationId, sessionId, kind: "SESSION_CANCELLED" }),
    );
  }
}
