import { RETENTION_MONTHS } from "@/lib/registration/privacy";
import { localDateTimeToUtc } from "@/lib/time/zone";

// Pure rules of the retention period and of redaction. The privacy notices promise deletion
// RETENTION_MONTHS after the Week ends: registrations, press accreditations and exhibitor applications
// of an edition are anonymised from the first day after that period, in the Week's time zone.

/** Start of the day (Asia/Ho_Chi_Minh) after `endsOn` + `months`: from then on the edition's data is due. */
export function retentionDueAt(endsOn: Date, months: number = RETENTION_MONTHS): Date {
  const year = endsOn.getUTCFullYear();
  const month = endsOn.getUTCMonth() + months;
  // The anniversary of 29 February (or of a 31st) is the last day of the shorter month.
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const dayAfter = new Date(Date.UTC(year, month, Math.min(endsOn.getUTCDate(), lastDay) + 1));
  return localDateTimeToUtc(dayAfter.toISOString().slice(0, 10), "00:00");
}

export function isRetentionDue(endsOn: Date, now: Date, months: number = RETENTION_MONTHS): boolean {
  return now.getTime() >= retentionDueAt(endsOn, months).getTime();
}

/** What replaces a personal value in the audit log: the event stays, the value does not. */
export const REDACTED = "[đã xóa]";

/** Keys of audit snapshots that hold someone's personal data, wherever they appear in the record. */
const PERSONAL_KEYS = new Set([
  "fullName",
  "position",
  "organization",
  "email",
  "phone",
  "province",
  "contactName",
  "cardNumber",
  "name",
  "salutation",
  "substituteName",
  "substituteEmail",
  "substitutePhone",
  "substitutePosition",
  "substituteOrganization",
  "publicEmail",
  "publicPhone",
  "note",
  // When someone arrived at a session says where they were: the check-in keeps only the session.
  "checkedInAt",
  "clientEventId",
]);

/** A copy of an audit snapshot with every personal value replaced; null and undefined stay as they are. */
export function redactPersonal(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactPersonal);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      PERSONAL_KEYS.has(key) && item !== null && item !== "" && typeof item !== "object" ? REDACTED : redactPersonal(item),
    ]),
  );
}
