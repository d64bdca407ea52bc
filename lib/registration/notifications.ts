import "server-only";
import { after } from "next/server";
import { buildCalendar } from "@/lib/agenda/feeds/ics";
import { createTaskQueue } from "@/lib/background/task-queue";
import { listEditionSessionsIn } from "@/lib/agenda/data";
import { recordAudit } from "@/lib/audit/record";
import { db } from "@/lib/db";
import type { Database } from "@/lib/db-client";
import { env } from "@/lib/env";
import { isPermanentMailFailure, sendMail, type MailAttachment, type MailDelivery } from "@/lib/mail/send";
import { renderQrPng } from "@/lib/tickets/qr";
import { registrationTicketToken } from "@/lib/tickets/registration-ticket";
import { claimConfirmation, recordConfirmationSent, releaseConfirmation } from "./confirmation-store";
import { claimSeatNotice, restoreSeatNotice, type SeatNoticeDue } from "./seat-notices";
import { renderConfirmationMail, renderManageLinkMail, renderSeatPromotedMail, renderSessionCancelledMail } from "./emails";
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

/** The confirmed sessions as an RFC 5545 calendar, or null when no seat is confirmed. */
async function calendarAttachment(
  database: Database,
  registration: RegistrationView,
  sessionIds: string[],
): Promise<MailAttachment | null> {
  if (sessionIds.length === 0) return null;
  const [agenda, current] = await Promise.all([
    listEditionSessionsIn(database, registration.edition.year, {}, { includeCancelled: true }),
    database.edition.findFirst({ where: { isCurrent: true }, select: { year: true } }),
  ]);
  const sessions = agenda?.sessions.filter((session) => sessionIds.includes(session.id)) ?? [];
  if (!agenda || sessions.length === 0) return null;
  const calendar = buildCalendar({
    edition: agenda.edition,
    sessions,
    site: { baseUrl: env.PUBLIC_BASE_URL, currentYear: current?.year ?? null },
  });
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
    send: () =>
      notice.kind === "PROMOTED"
        ? sendSeatPromoted(notice.registrationId, notice.sessionId, database)
        : sendSessionCancelled(notice.registrationId, notice.sessionId, database),
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

/** The organisers cancelled a session the delegate holds a seat in; null when the seat is gone by now. */
export async function sendSessionCancelled(
  registrationId: string,
  sessionId: string,
  database: Database = db,
): Promise<MailDelivery | null> {
  const registration = await loadMailable(database, registrationId);
  const seat = registration.seats.find((candidate) => candidate.sessionId === sessionId);
  if (!seat) return null;
  return sendMail({ to: registration.email, ...renderSessionCancelledMail(registration, seat) });
}

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

/** Tells every delegate holding a seat in a session the organisers just cancelled. */
export function announceSessionCancelled(sessionId: string, registrationIds: string[]): void {
  for (const registrationId of registrationIds) {
    sendAfterResponse(`the cancellation of ${sessionId} to ${registrationId}`, () =>
      deliverSeatNotice({ registrationId, sessionId, kind: "SESSION_CANCELLED" }),
    );
  }
}
