import "server-only";
import type { Database } from "@/lib/db-client";
import { env } from "@/lib/env";
import { currentTime } from "@/lib/time/clock";
import { isReplyPeriodOver, lastReplyDay } from "./reply-period";

// What an invitee's signed link still opens: everything while the invitation is issued and the reply
// period runs; a revoked invitation's PDF is no longer handed out, and after the period nothing is.

type InviteeAccess =
  | { state: "open" }
  | { state: "revoked" }
  | { state: "closed"; lastDay: Date; contact: string | null };

/** How the office is reached: the configured line, else the edition's general desk. */
function contactLine(general: { name: string; phone: string | null; email: string | null } | undefined): string | null {
  if (env.INVITATION_CONTACT) return env.INVITATION_CONTACT;
  if (!general) return null;
  return [general.name, general.phone, general.email].filter(Boolean).join(" – ");
}

/** Null for an invitation that does not exist. The period is read on the portal's clock. */
export async function inviteeAccess(database: Database, invitationId: string): Promise<InviteeAccess | null> {
  const invitation = await database.invitation.findUnique({
    where: { id: invitationId },
    select: {
      status: true,
      batch: {
        select: { edition: { select: { endsOn: true, contacts: { where: { kind: "GENERAL" }, select: { name: true, phone: true, email: true } } } } },
      },
    },
  });
  if (!invitation) return null;
  const { edition } = invitation.batch;
  if (isReplyPeriodOver(edition.endsOn, currentTime())) {
    return { state: "closed", lastDay: lastReplyDay(edition.endsOn), contact: contactLine(edition.contacts[0]) };
  }
  return invitation.status === "REVOKED" ? { state: "revoked" } : { state: "open" };
}
