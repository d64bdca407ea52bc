import "server-only";
import { db } from "@/lib/db";
import { renderQrSvg } from "@/lib/tickets/qr";
import { registrationTicketToken } from "@/lib/tickets/registration-ticket";
import { buildRegistrationCalendar } from "./calendar";
import { exportRegistrationData, findRegistrationByManageToken } from "./delegate-store";
import { findDelegationByToken } from "./delegation-queries";
import { findSessionTitles, listRegistrableSessions } from "./session-queries";

/** A delegate's ticket by their manage link's token: the registration and its QR code; null if unknown. */
export async function findTicketByManageToken(token: string) {
  const registration = await findRegistrationByManageToken(db, token);
  if (!registration) return null;
  return { registration, qrSvg: await renderQrSvg(registrationTicketToken(registration)) };
}

/** The registration behind a manage link; null if the token is unknown or the data was erased. */
export function getRegistrationByManageToken(token: string) {
  return findRegistrationByManageToken(db, token);
}

/** The delegation behind a registrant's link, with its members and their seats; null if unknown. */
export function getDelegationByToken(token: string) {
  return findDelegationByToken(db, token);
}

/** The current edition and its sessions open for registration (the forms and the manage page offer them). */
export function getRegistrableSessions() {
  return listRegistrableSessions(db);
}

export function getSessionTitles(year: number, slug: string) {
  return findSessionTitles(db, year, slug);
}

/** Everything stored about a delegate, for "download my data". */
export function getRegistrationData(registrationId: string) {
  return exportRegistrationData(db, registrationId);
}

/** The calendar file of a delegate's sessions; null when none of them is in the edition. */
export function getRegistrationCalendar(year: number, sessionIds: string[]) {
  return buildRegistrationCalendar(db, year, sessionIds);
}
