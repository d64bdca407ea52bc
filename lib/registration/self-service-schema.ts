import { z } from "@/lib/zod";
import vi from "@/lib/i18n/messages/vi.json";
import { formatMessage } from "@/lib/i18n/translator";
import { emailField } from "@/lib/forms/contact-fields";
import { createRegistrationFields, REGISTRATION_LIMITS, withPositionRule, type RegistrationMessages } from "./schema";

// What a delegate corrects on their own manage page: the registration form's own fields and rules.
// The group is not corrected here; the server passes the stored one so that "Chức vụ" keeps its rule.

export function createDetailsCorrectionSchema(messages: RegistrationMessages) {
  return withPositionRule(
    createRegistrationFields(messages).pick({ fullName: true, position: true, organization: true, group: true, phone: true }),
  );
}

export function createEmailChangeSchema(messages: RegistrationMessages) {
  return z.object({
    email: emailField({
      required: messages.emailRequired,
      invalid: messages.emailInvalid,
      tooLong: formatMessage(messages.tooLong, { max: REGISTRATION_LIMITS.email }),
    }),
  });
}

const detailsCorrectionSchema = createDetailsCorrectionSchema(vi.registrationErrors);
export type DetailsCorrection = z.infer<typeof detailsCorrectionSchema>;
