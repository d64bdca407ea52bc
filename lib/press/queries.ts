import "server-only";
import { db } from "@/lib/db";
import { readPublishedMediaKit } from "@/lib/media/kit-queries";
import { findAccreditedJournalist, hasPressMediaAccess } from "./media-access-queries";
import { currentEdition } from "@/lib/editions/current-queries";

// Reads of the press screens: the journalist's media page (by signed link) and the organisers' list.

/** The accredited journalist behind a media link and their edition's kit; null when the link is not valid (any more). */
export async function getPressMediaKit(token: string) {
  const journalist = await findAccreditedJournalist(db, token);
  if (!journalist) return null;
  const kit = await readPublishedMediaKit(db, journalist.year);
  return kit && { kit, journalist, token };
}

/**
 * Every accreditation of the current edition, newest first, with the sessions covered and the pass's
 * check-ins: the organisers' list and the press desk's file. The caller checks the permission first.
 */
export async function listAccreditationsForAdmin() {
  const edition = await currentEdition(db, "admin");
  if (!edition) return null;
  const accreditations = await db.pressAccreditation.findMany({
    where: { editionId: edition.id },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      fullName: true,
      outlet: true,
      cardNumber: true,
      email: true,
      phone: true,
      status: true,
      passCode: true,
      createdAt: true,
      decidedAt: true,
      anonymizedAt: true,
      sessions: { select: { session: { select: { title: true } } }, orderBy: { session: { startsAt: "asc" } } },
      checkIns: { select: { checkedInAt: true, session: { select: { title: true } } }, orderBy: { checkedInAt: "asc" } },
    },
  });
  return { edition, accreditations };
}

/** Whether a press link is valid: it opens the full-resolution media. */
export function hasPressAccess(token: string) {
  return hasPressMediaAccess(db, token);
}
