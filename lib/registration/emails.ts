import { venueLine } from "@/lib/agenda/present";
import { describeSessionTime } from "@/lib/agenda/when";
import type { Locale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/localized";
import { getTranslator } from "@/lib/i18n/translator";
import { html, type SafeHtml } from "@/lib/mail/html";
import { MAIL_BRAND, mailPage, type RenderedMail } from "@/lib/mail/layout";
import type { RegistrationSeatView, RegistrationView } from "./session-queries";

// The delegate's e-mails, as plain text and HTML. Pure: the caller loads the data and sends.

export type MailRegistration = Pick<RegistrationView, "code" | "fullName" | "seats"> & {
  edition: Pick<RegistrationView["edition"], "name" | "nameEn">;
};

// Delegates are not asked for a language, and the Week's documents are Vietnamese.
const LOCALE: Locale = "vi";
const t = getTranslator(LOCALE, "registrationMail");
const common = getTranslator(LOCALE, "common");

const MUTED = "#4a5568";

function editionName(registration: MailRegistration): string {
  return pickLocalized(LOCALE, registration.edition.name, registration.edition.nameEn);
}

function seatStatus(seat: RegistrationSeatView): string {
  return seat.status === "CONFIRMED" ? t("statusConfirmed") : t("statusWaitlisted", { position: seat.waitlistPosition ?? "?" });
}

function seatTime(seat: RegistrationSeatView): string {
  const time = describeSessionTime(seat.startsAt, seat.endsAt);
  return seat.timesProvisional ? `${time} (${t("provisional")})` : time;
}

function seatVenue(seat: RegistrationSeatView): string {
  if (!seat.venue) return common("noVenue");
  return venueLine(pickLocalized(LOCALE, seat.venue.name, seat.venue.nameEn), seat.venue.address);
}

function seatTitle(seat: RegistrationSeatView): string {
  return pickLocalized(LOCALE, seat.title, seat.titleEn);
}

function seatsText(seats: RegistrationSeatView[]): string {
  if (seats.length === 0) return t("noSeats");
  return seats
    .map((seat) =>
      [
        `- ${seatTitle(seat)}`,
        `  ${t("timeLabel")}: ${seatTime(seat)}`,
        `  ${t("venueLabel")}: ${seatVenue(seat)}`,
        `  ${t("statusLabel")}: ${seatStatus(seat)}`,
      ].join("\n"),
    )
    .join("\n\n");
}

function seatsHtml(seats: RegistrationSeatView[]): SafeHtml {
  if (seats.length === 0) return html`<p>${t("noSeats")}</p>`;
  return html`${seats.map(
    (seat) =>
      html`<table
        role="presentation"
        width="100%"
        cellpadding="0"
        cellspacing="0"
        style="margin:0 0 12px;border:1px solid #e3ecfa;border-radius:8px"
      >
        <tr>
          <td style="padding:12px 16px">
            <p style="margin:0 0 6px;font-weight:bold;color:${MAIL_BRAND}">${seatTitle(seat)}</p>
            <p style="margin:0;font-size:14px"><strong>${t("timeLabel")}:</strong> ${seatTime(seat)}</p>
            <p style="margin:0;font-size:14px"><strong>${t("venueLabel")}:</strong> ${seatVenue(seat)}</p>
            <p style="margin:4px 0 0;font-size:14px">
              <strong>${t("statusLabel")}:</strong>
              <span style="color:${seat.status === "CONFIRMED" ? "#166534" : "#a3141c"}">${seatStatus(seat)}</span>
            </p>
          </td>
        </tr>
      </table>`,
  )}`;
}

/** The registration e-mails close with the organisers' greeting and signature. */
function layout(title: string, body: SafeHtml): string {
  return mailPage(title, html`${body}<p style="margin:24px 0 0">${t("closing")}<br />${t("signature")}</p>`);
}

function codeBlock(code: string): SafeHtml {
  return html`<p style="margin:16px 0">
    ${t("codeLabel")}: <strong style="font-size:22px;letter-spacing:1px;color:${MAIL_BRAND}">${code}</strong>
  </p>`;
}

function manageBlock(manageUrl: string): SafeHtml {
  return html`<h2 style="font-size:18px;color:${MAIL_BRAND};margin:24px 0 8px">${t("manageTitle")}</h2>
    <p style="margin:0 0 12px">${t("manageNote")}</p>
    <p style="margin:0 0 12px">
      <a
        href="${manageUrl}"
        style="display:inline-block;background:#c8102e;color:#ffffff;padding:10px 18px;border-radius:6px;text-decoration:none;font-weight:bold"
        >${t("manageButton")}</a
      >
    </p>
    <p style="margin:0;font-size:13px;color:${MUTED};word-break:break-all">${manageUrl}</p>
    <p style="margin:8px 0 0;font-size:13px;color:${MUTED}">${t("manageSecret")}</p>`;
}

function ticketBlock(registration: MailRegistration, qrCid: string): SafeHtml {
  return html`<h2 style="font-size:18px;color:${MAIL_BRAND};margin:24px 0 8px">${t("ticketTitle")}</h2>
    <p style="margin:0 0 12px">${t("ticketNote")}</p>
    <p style="margin:0">
      <img src="cid:${qrCid}" width="200" height="200" alt="${t("qrAlt", { code: registration.code })}" style="display:block" />
    </p>`;
}

function greeting(registration: MailRegistration): string {
  return t("greeting", { name: registration.fullName ?? "" });
}

/** Who registered a delegation's member, for the member's confirmation. */
export type RegisteredBy = { name: string; organization: string };

const member = getTranslator(LOCALE, "registrationMailDelegation");

/**
 * Someone else gave this member's data: the message says who, what is done with the data and
 * how to withdraw (the manage page's data section: withdraw the consent, which erases).
 */
function registeredByParts(by: RegisteredBy, manageUrl: string) {
  const withdrawUrl = `${manageUrl}#data-title`;
  const text = [member("registeredBy", by), member("privacy"), `${member("withdraw")}\n${withdrawUrl}`].join("\n\n");
  const body = html`<p style="margin:12px 0 0">${member("registeredBy", by)}</p>
    <p style="margin:12px 0 0;font-size:14px;color:${MUTED}">${member("privacy")}</p>
    <p style="margin:12px 0 0;font-size:14px;color:${MUTED}">
      ${member("withdraw")} <a href="${withdrawUrl}" style="color:${MAIL_BRAND}">${withdrawUrl}</a>
    </p>`;
  return { text, body };
}

export function renderConfirmationMail(
  registration: MailRegistration,
  links: { manageUrl: string; qrCid: string; hasCalendar: boolean; registeredBy?: RegisteredBy },
): RenderedMail {
  const delegated = links.registeredBy ? registeredByParts(links.registeredBy, links.manageUrl) : null;
  const edition = editionName(registration);
  const subject = t("confirmationSubject", { code: registration.code, edition });
  const text = [
    greeting(registration),
    t("confirmationIntro", { edition }),
    delegated?.text ?? null,
    `${t("codeLabel")}: ${registration.code}`,
    `${t("sessionsTitle")}:\n\n${seatsText(registration.seats)}`,
    t("ticketNote"),
    links.hasCalendar ? t("calendarNote") : null,
    `${t("manageTitle")}\n${t("manageNote")}\n${links.manageUrl}\n${t("manageSecret")}`,
    `${t("closing")}\n${t("signature")}`,
  ]
    .filter((part) => part !== null)
    .join("\n\n");
  const body = html`<p style="margin:0 0 12px">${greeting(registration)}</p>
    <p style="margin:0">${t("confirmationIntro", { edition })}</p>
    ${delegated?.body}
    ${codeBlock(registration.code)}
    <h2 style="font-size:18px;color:${MAIL_BRAND};margin:24px 0 8px">${t("sessionsTitle")}</h2>
    ${seatsHtml(registration.seats)}
    ${links.hasCalendar && html`<p style="margin:0;font-size:14px;color:${MUTED}">${t("calendarNote")}</p>`}
    ${ticketBlock(registration, links.qrCid)} ${manageBlock(links.manageUrl)}`;
  return { subject, text: `${text}\n`, html: layout(subject, body) };
}

/** The manage link again: after a repeated registration of the address ("duplicate") or asked for by its owner. */
export function renderManageLinkMail(
  registration: MailRegistration,
  links: { manageUrl: string; reason?: "duplicate" | "request" },
): RenderedMail {
  const edition = editionName(registration);
  const subject = t("manageLinkSubject", { code: registration.code, edition });
  const intro = t(links.reason === "duplicate" ? "alreadyRegisteredIntro" : "manageLinkIntro", { edition });
  const text = [
    greeting(registration),
    intro,
    `${t("codeLabel")}: ${registration.code}`,
    `${t("manageTitle")}\n${t("manageNote")}\n${links.manageUrl}\n${t("manageSecret")}`,
    `${t("sessionsTitle")}:\n\n${seatsText(registration.seats)}`,
    t("notRequested"),
    `${t("closing")}\n${t("signature")}`,
  ].join("\n\n");
  const body = html`<p style="margin:0 0 12px">${greeting(registration)}</p>
    <p style="margin:0">${intro}</p>
    ${codeBlock(registration.code)} ${manageBlock(links.manageUrl)}
    <h2 style="font-size:18px;color:${MAIL_BRAND};margin:24px 0 8px">${t("sessionsTitle")}</h2>
    ${seatsHtml(registration.seats)}
    <p style="margin:16px 0 0;font-size:13px;color:${MUTED}">${t("notRequested")}</p>`;
  return { subject, text: `${text}\n`, html: layout(subject, body) };
}

export function renderSeatPromotedMail(
  registration: MailRegistration,
  seat: RegistrationSeatView,
  links: { qrCid: string },
): RenderedMail {
  const session = seatTitle(seat);
  const subject = t("promotedSubject", { session });
  const text = [
    greeting(registration),
    t("promotedIntro", { session }),
    `${t("codeLabel")}: ${registration.code}`,
    seatsText([seat]),
    t("ticketNote"),
    t("calendarNote"),
    t("promotedManage"),
    `${t("closing")}\n${t("signature")}`,
  ].join("\n\n");
  const body = html`<p style="margin:0 0 12px">${greeting(registration)}</p>
    <p style="margin:0">${t("promotedIntro", { session })}</p>
    ${codeBlock(registration.code)} ${seatsHtml([seat])}
    <p style="margin:0;font-size:14px;color:${MUTED}">${t("calendarNote")}</p>
    ${ticketBlock(registration, links.qrCid)}
    <p style="margin:16px 0 0">${t("promotedManage")}</p>`;
  return { subject, text: `${text}\n`, html: layout(subject, body) };
}

/** A session the delegate holds a seat in was cancelled by the organisers. */
export function renderSessionCancelledMail(registration: MailRegistration, seat: RegistrationSeatView): RenderedMail {
  const session = seatTitle(seat);
  const subject = t("cancelledSubject", { session });
  const text = [
    greeting(registration),
    t("cancelledIntro", { session }),
    seatsText([seat]),
    `${t("codeLabel")}: ${registration.code}`,
    t("cancelledOther"),
    `${t("closing")}\n${t("signature")}`,
  ].join("\n\n");
  const body = html`<p style="margin:0 0 12px">${greeting(registration)}</p>
    <p style="margin:0 0 12px">${t("cancelledIntro", { session })}</p>
    ${seatsHtml([seat])} ${codeBlock(registration.code)}
    <p style="margin:16px 0 0">${t("cancelledOther")}</p>`;
  return { subject, text: `${text}\n`, html: layout(subject, body) };
}

/** The time and place the delegate was told of before, as the change notice stored them. */
export type PreviousSchedule = { startsAt: string; endsAt: string; venue: string | null };

/** "Thời gian: cũ → mới" for each of time and place that changed; both when the old ones are unknown. */
function scheduleChanges(seat: RegistrationSeatView, previous: PreviousSchedule | null): { label: string; before: string | null; now: string }[] {
  const time = { label: t("timeLabel"), before: null as string | null, now: seatTime(seat) };
  const venue = { label: t("venueLabel"), before: null as string | null, now: seatVenue(seat) };
  if (!previous) return [time, venue];
  const changes = [];
  const oldTime = describeSessionTime(new Date(previous.startsAt), new Date(previous.endsAt));
  if (oldTime !== describeSessionTime(seat.startsAt, seat.endsAt)) changes.push({ ...time, before: oldTime });
  const oldVenue = previous.venue ?? common("noVenue");
  if (oldVenue !== venue.now) changes.push({ ...venue, before: oldVenue });
  return changes.length > 0 ? changes : [time, venue];
}

/** The organisers moved a session the delegate holds a seat in: what changed, the session as it stands now. */
export function renderSessionChangedMail(
  registration: MailRegistration,
  seat: RegistrationSeatView,
  previous: PreviousSchedule | null,
): RenderedMail {
  const session = seatTitle(seat);
  const subject = t("changedSubject", { session });
  const changes = scheduleChanges(seat, previous);
  const changeText = changes.map((change) =>
    change.before ? `${change.label}: ${t("changedFrom", { before: change.before, now: change.now })}` : `${change.label}: ${change.now}`,
  );
  const text = [
    greeting(registration),
    t("changedIntro", { session }),
    changeText.join("\n"),
    seatsText([seat]),
    `${t("codeLabel")}: ${registration.code}`,
    t("changedCalendar"),
    `${t("closing")}\n${t("signature")}`,
  ].join("\n\n");
  const body = html`<p style="margin:0 0 12px">${greeting(registration)}</p>
    <p style="margin:0 0 12px">${t("changedIntro", { session })}</p>
    <ul style="margin:0 0 16px;padding-left:20px">
      ${changes.map(
        (change) =>
          html`<li style="margin:0 0 4px"><strong>${change.label}:</strong> ${change.before
            ? html`<s style="color:${MUTED}">${change.before}</s> → <strong>${change.now}</strong>`
            : html`<strong>${change.now}</strong>`}</li>`,
      )}
    </ul>
    ${seatsHtml([seat])} ${codeBlock(registration.code)}
    <p style="margin:16px 0 0;font-size:14px;color:${MUTED}">${t("changedCalendar")}</p>`;
  return { subject, text: `${text}\n`, html: layout(subject, body) };
}
