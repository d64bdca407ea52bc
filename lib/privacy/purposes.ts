import type { ConsentPurpose } from "@/lib/generated/prisma/enums";

// The record of processing (Law 91/2025/QH15, Decree 356/2025/ND-CP): every purpose for which the
// portal processes personal data, the fields it uses, its legal basis and its retention rule, as data.
// The page /admin/privacy and its PDF read this table; the words are in the message files
// (privacyRecord.purposes.<key>, privacyRecord.fields.<field>, privacyRecord.basis.<kind>).

export type PersonalField =
  | "fullName"
  | "image"
  | "salutation"
  | "position"
  | "organization"
  | "delegateGroup"
  | "email"
  | "phone"
  | "province"
  | "sessions"
  | "ticketCode"
  | "checkInTime"
  | "outlet"
  | "pressCard"
  | "boothContact"
  | "substitute"
  | "rating"
  | "comment"
  | "signedName"
  | "account"
  | "ipAddress"
  | "actions";

/**
 * consent: the person's own consent for that purpose, recorded per purpose (Consent rows, ConsentPurpose);
 * formConsent: the consent box of the press or booth form, stored on the application itself;
 * publicTask: the office's duty of inviting officials, an official letter needing no consent;
 * legalObligation: the controller's duty to keep processing accountable and secure.
 */
export type LegalBasis =
  | { kind: "consent"; purpose: ConsentPurpose }
  | { kind: "formConsent"; form: "press" | "exhibition" | "feedback" }
  | { kind: "publicTask" }
  | { kind: "legalObligation" };

/**
 * edition: anonymised by the retention run RETENTION_MONTHS after the edition ends (lib/privacy/retention-store.ts);
 * audit: the event is kept, the personal values in it are replaced when the person's data is erased;
 * none: no automatic deletion rule yet (the record says so, so it can be decided).
 */
export type RetentionRule = "edition" | "audit" | "none";

/** Whose rows are counted as the purpose's data subjects (lib/privacy/processing-record-queries.ts). */
export type SubjectCount =
  | "delegates"
  | "seatHolders"
  | "checkedIn"
  | "invitees"
  | "journalists"
  | "exhibitors"
  | "mailRecipients"
  | "mediaConsents"
  | "newsConsents"
  | "feedbackSigned"
  | "users";

type ProcessingPurpose = {
  key: string;
  fields: readonly PersonalField[];
  basis: LegalBasis;
  retention: RetentionRule;
  subjects: SubjectCount;
};

export const PROCESSING_PURPOSES = [
  {
    key: "registration",
    fields: ["fullName", "position", "organization", "delegateGroup", "email", "phone", "province"],
    basis: { kind: "consent", purpose: "REGISTRATION" },
    retention: "edition",
    subjects: "delegates",
  },
  { key: "seats", fields: ["fullName", "email", "sessions"], basis: { kind: "consent", purpose: "REGISTRATION" }, retention: "edition", subjects: "seatHolders" },
  {
    key: "checkIn",
    fields: ["fullName", "organization", "ticketCode", "phone", "pressCard", "checkInTime"],
    basis: { kind: "consent", purpose: "REGISTRATION" },
    retention: "edition",
    subjects: "checkedIn",
  },
  {
    key: "invitations",
    fields: ["salutation", "fullName", "position", "organization", "email", "phone", "substitute"],
    basis: { kind: "publicTask" },
    retention: "none",
    subjects: "invitees",
  },
  {
    key: "press",
    fields: ["fullName", "outlet", "pressCard", "email", "phone", "sessions"],
    basis: { kind: "formConsent", form: "press" },
    retention: "edition",
    subjects: "journalists",
  },
  {
    key: "exhibitors",
    fields: ["boothContact", "organization", "email", "phone"],
    basis: { kind: "formConsent", form: "exhibition" },
    retention: "edition",
    subjects: "exhibitors",
  },
  { key: "email", fields: ["fullName", "email"], basis: { kind: "consent", purpose: "REGISTRATION" }, retention: "edition", subjects: "mailRecipients" },
  { key: "mediaCoverage", fields: ["image", "fullName", "organization"], basis: { kind: "consent", purpose: "MEDIA" }, retention: "edition", subjects: "mediaConsents" },
  { key: "newsletter", fields: ["fullName", "email"], basis: { kind: "consent", purpose: "NEWS" }, retention: "edition", subjects: "newsConsents" },
  {
    key: "feedback",
    fields: ["rating", "comment", "signedName"],
    basis: { kind: "formConsent", form: "feedback" },
    retention: "none",
    subjects: "feedbackSigned",
  },
  { key: "audit", fields: ["account", "ipAddress", "actions"], basis: { kind: "legalObligation" }, retention: "audit", subjects: "users" },
] as const satisfies readonly ProcessingPurpose[];

/** The consent purposes some processing purpose rests on: every ConsentPurpose must appear (a unit test checks). */
export function consentPurposesUsed(purposes: readonly ProcessingPurpose[] = PROCESSING_PURPOSES): ConsentPurpose[] {
  return [...new Set(purposes.flatMap((purpose) => (purpose.basis.kind === "consent" ? [purpose.basis.purpose] : [])))];
}

/**
 * The audit actions that show someone reading personal data out of the portal: exports, print-outs,
 * roster downloads, a person's data file and this record itself. Listed in the record's access table.
 */
export const PERSONAL_DATA_ACCESS_ACTIONS = [
  "registration.view",
  "application.view",
  "registration.export",
  "registration.badges",
  "press.export",
  "feedback.export",
  "checkin.roster-download",
  "person.export",
  "privacy.record-export",
] as const;
