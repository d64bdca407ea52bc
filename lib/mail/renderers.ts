import "server-only";
import { INVITATION_MAIL } from "@/lib/invitations/delivery-store";
import { REGISTRATION_MAIL } from "@/lib/registration/notifications-store";
import { delegationConfirmation } from "@/lib/registration/delegation-notifications";
import { STORED_MAIL_KINDS, type MailKind } from "./kinds";
import { storedMailRenderers } from "./stored";
import type { MailRenderer } from "./worker";

/** How the worker renders each kind of e-mail: from the database when sent, or as stored when queued. */
export const MAIL_RENDERERS: Record<MailKind, MailRenderer> = {
  ...REGISTRATION_MAIL,
  ...INVITATION_MAIL,
  ...storedMailRenderers(STORED_MAIL_KINDS),
  "delegation.confirmation": delegationConfirmation,
};
