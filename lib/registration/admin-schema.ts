import { z } from "@/lib/zod";
import vi from "@/lib/i18n/messages/vi.json";
import { createRegistrationFields, withPositionRule, type RegistrationMessages } from "./schema";

// The organisers' forms on one registration. The delegate's details follow the very rules of the
// public form (one schema, same messages); the other forms only name what they act on.

export function createAdminRegistrationSchemas(messages: RegistrationMessages) {
  const registration = createRegistrationFields(messages);
  const registrationId = z.uuid({ error: messages.form });
  return {
    details: withPositionRule(
      registration
        .pick({ fullName: true, position: true, organization: true, group: true, email: true, phone: true, province: true })
        .extend({ registrationId }),
    ),
    move: z.object({
      registrationId,
      from: z.string().regex(/^[a-z0-9-]{1,120}$/, { error: messages.sessionsInvalid }),
      to: z.string().regex(/^[a-z0-9-]{1,120}$/, { error: messages.sessionsInvalid }),
    }),
    target: z.object({ registrationId }),
  };
}

export const adminRegistrationSchemas = createAdminRegistrationSchemas(vi.registrationErrors);

export type AdminDetailsInput = Omit<z.infer<typeof adminRegistrationSchemas.details>, "registrationId">;
