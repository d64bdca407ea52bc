import "server-only";
import { db } from "@/lib/db";
import { renderQrSvg } from "@/lib/tickets/qr";
import { registrationTicketToken } from "@/lib/tickets/registration-ticket";
import { findRegistrationByManageToken } from "./service";

/** A delegate's ticket by their manage link's token: the registration and its QR code; null if unknown. */
export async function findTicketByManageToken(token: string) {
  const registration = await findRegistrationByManageToken(db, token);
  if (!registration) return null;
  return { registration, qrSvg: await renderQrSvg(registrationTicketToken(registration)) };
}
