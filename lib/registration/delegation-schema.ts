import { z } from "@/lib/zod";
import vi from "@/lib/i18n/messages/vi.json";
import { formatMessage } from "@/lib/i18n/translator";
import { duplicateEmailRows } from "./delegation-rules";
import { createRegistrationFields, withPositionRule, type RegistrationMessages } from "./schema";

// A delegation: one registrant sends several people of one organisation in one submission. Every
// person's field keeps the rule and message of the registration form (createRegistrationFields);
// only the composition is new. Shared by the delegation form and its Server Action.

export const DELEGATION_LIMITS = { minMembers: 2, maxMembers: 20 } as const;
const DELEGATION_MODES = ["all", "each"] as const;
export type DelegationMode = (typeof DELEGATION_MODES)[number];

type DelegationMessages = (typeof vi)["delegationErrors"];

/** One member: the person's own fields of the registration form (the organisation is the delegation's). */
function createDelegationMemberSchema(messages: RegistrationMessages) {
  const fields = createRegistrationFields(messages).pick({ fullName: true, position: true, group: true, email: true, phone: true });
  return withPositionRule(fields);
}

export function createDelegationSchema(messages: RegistrationMessages, delegationMessages: DelegationMessages) {
  const fields = createRegistrationFields(messages).shape;
  const { minMembers, maxMembers } = DELEGATION_LIMITS;
  return z
    .object({
      registrantName: fields.fullName,
      registrantEmail: fields.email,
      registrantPhone: fields.phone,
      organization: fields.organization,
      province: fields.province,
      sessions: fields.sessions,
      members: z
        .array(createDelegationMemberSchema(messages), { error: delegationMessages.membersTooFew })
        .min(minMembers, { error: formatMessage(delegationMessages.membersTooFew, { min: minMembers }) })
        .max(maxMembers, { error: formatMessage(delegationMessages.membersTooMany, { max: maxMembers }) }),
      mode: z.enum(DELEGATION_MODES, { error: delegationMessages.modeRequired }),
      /** The registrant states they informed every member (the consent basis recorded on each registration). */
      informed: z.literal(true, { error: delegationMessages.informedRequired }),
      website: fields.website,
    })
    .superRefine((value, context) => {
      for (const row of duplicateEmailRows(value.members.map((member) => member.email))) {
        context.addIssue({ code: "custom", path: ["members", row, "email"], message: delegationMessages.duplicateInDelegation });
      }
    });
}

export const delegationSchema = createDelegationSchema(vi.registrationErrors, vi.delegationErrors);

export type DelegationInput = z.infer<typeof delegationSchema>;
export type DelegationMemberInput = DelegationInput["members"][number];

/** Field errors keyed by their whole path, row numbers kept (`members.1.email`), so each lands on its row. */
export function delegationFieldErrors(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "form";
    const messages = (errors[key] ??= []);
    if (!messages.includes(issue.message)) messages.push(issue.message);
  }
  return errors;
}
