import { DELEGATION_LIMITS } from "./delegation-schema";
import { chosenSessions, formText } from "./form";

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

/** Rows beyond the limit are still read (one more), so that the schema can say there are too many. */
const MAX_ROWS = DELEGATION_LIMITS.maxMembers + 1;

/** The rows the browser sent, in order; a row left entirely empty is not a member. */
function readMembers(formData: FormData): DelegationMemberValues[] {
  const members: DelegationMemberValues[] = [];
  for (let row = 0; row < 100 && members.length < MAX_ROWS; row++) {
    const member = Object.fromEntries(MEMBER_FIELDS.map((field) => [field, formText(formData, memberFieldName(row, field))])) as DelegationMemberValues;
    const isEmpty = MEMBER_FIELDS.every((field) => field === "group" || member[field].trim() === "");
    if (!isEmpty) members.push(member);
  }
  return members;
}

export function readDelegationForm(formData: FormData): DelegationFormValues & { website: string } {
  return {
    registrantName: formText(formData, "registrantName"),
    registrantEmail: formText(formData, "registrantEmail"),
    registrantPhone: formText(formData, "registrantPhone"),
    organization: formText(formData, "organization"),
    province: formText(formData, "province"),
    sessions: chosenSessions(formData),
    members: readMembers(formData),
    mode: formText(formData, "mode"),
    informed: formData.get("informed") === "on",
    website: formText(formData, "website"),
  };
}
