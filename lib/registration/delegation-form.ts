import { DELEGATION_LIMITS } from "./delegation-schema";

// The delegation form as the browser submits it, shared by its Server Action and its component.
// Members are posted as `members.<row>.<field>`.

export type DelegationMemberValues = { fullName: string; position: string; group: string; email: string; phone: string };

export type DelegationFormValues = {
  registrantName: string;
  registrantEmail: string;
  registrantPhone: string;
  organization: string;
  province: string;
  sessions: string[];
  members: DelegationMemberValues[];
  mode: string;
  informed: boolean;
};

const MEMBER_FIELDS = ["fullName", "position", "group", "email", "phone"] as const;

export function memberFieldName(row: number, field: (typeof MEMBER_FIELDS)[number]): string {
  return `members.${row}.${field}`;
}

const MAX_FIELD_LENGTH = 1_000;
const MAX_SESSIONS = 50;
/** Rows beyond the limit are still read (one more), so that the schema can say there are too many. */
const MAX_ROWS = DELEGATION_LIMITS.maxMembers + 1;

function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value.slice(0, MAX_FIELD_LENGTH) : "";
}

/** The rows the browser sent, in order; a row left entirely empty is not a member. */
function readMembers(formData: FormData): DelegationMemberValues[] {
  const members: DelegationMemberValues[] = [];
  for (let row = 0; row < 100 && members.length < MAX_ROWS; row++) {
    const member = Object.fromEntries(MEMBER_FIELDS.map((field) => [field, text(formData, memberFieldName(row, field))])) as DelegationMemberValues;
    const isEmpty = MEMBER_FIELDS.every((field) => field === "group" || member[field].trim() === "");
    if (!isEmpty) members.push(member);
  }
  return members;
}

export function readDelegationForm(formData: FormData): DelegationFormValues & { website: string } {
  return {
    registrantName: text(formData, "registrantName"),
    registrantEmail: text(formData, "registrantEmail"),
    registrantPhone: text(formData, "registrantPhone"),
    organization: text(formData, "organization"),
    province: text(formData, "province"),
    sessions: formData
      .getAll("sessions")
      .filter((value): value is string => typeof value === "string")
      .slice(0, MAX_SESSIONS)
      .map((value) => value.slice(0, 200)),
    members: readMembers(formData),
    mode: text(formData, "mode"),
    informed: formData.get("informed") === "on",
    website: text(formData, "website"),
  };
}
