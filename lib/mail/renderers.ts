import "server-only";
import { INVITATION_MAIL } from "@/lib/invitations/delivery-store";
import { REGISTRATION_MAIL } from "@/lib/registration/notifications-store";
import { delegationConfirmation } from "@/lib/registration/delegation-notifications";
import type { MailKind } from "./kinds";
import { storedMail } from "./stored";
import type { MailRenderer } from "./worker";

/** How the worker renders each kind of e-mail: from the database when sent, or as stored when queued. */
export const MAIL_RENDERERS: Record<MailKind, MailRenderer> = {
  ...REGISTRATION_MAIL,
  ...INVITATION_MAIL,
  "invitation.correction": storedMail,
  "exhibition.application-received": storedMail,
  "exhibition.decision": storedMail,
  "press.received": storedMail,
  "press.pass": storedMail,
  "press.rejected": storedMail,
  "press.revoked": storedMail,
  "feedback.survey": storedMail,
  "delegation.confirmation": delegationConfirmation,
  "registration.email-change": storedMail,
  "registration.email-changed": storedMail,
};
