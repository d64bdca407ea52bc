import "server-only";
import { db } from "@/lib/db";
import { markOpened } from "./replies-store";

/** Notes the first time an invitee opened the reply page (the office tracks it); later visits change nothing. */
export function recordInvitationOpened(invitationId: string) {
  return markOpened(db, invitationId);
}
