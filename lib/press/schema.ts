import { z } from "@/lib/zod";
import type vi from "@/lib/i18n/messages/vi.json";
import { emailField, phoneField, textLineField } from "@/lib/forms/contact-fields";

// The press accreditation form, shared by the page and its Server Action. No server imports.

type AccreditationMessages = (typeof vi)["pressAccreditation"]["errors"];

const ACCREDITATION_FIELDS = ["fullName", "outlet", "cardNumber", "email", "phone"] as const;

export function createAccreditationSchema(messages: AccreditationMessages) {
  const line = (required: string, max: number) =>
    textLineField({ required, tooLong: messages.tooLong, forbidden: messages.forbiddenCharacters }, max);
  return z.object({
    fullName: line(messages.fullName, 120),
    outlet: line(messages.outlet, 200),
    // Vietnamese press cards carry a number such as "12345" or "BC-01234/2025".
    cardNumber: z
      .string({ error: messages.cardNumber })
      .trim()
      .toUpperCase()
      .pipe(z.string().regex(/^[A-Z0-9][A-Z0-9/.-]{2,29}$/, messages.cardNumber)),
    email: emailField({ required: messages.email, invalid: messages.email, tooLong: messages.tooLong }),
    phone: phoneField({ required: messages.phone, invalid: messages.phone }),
    sessionIds: z.array(z.uuid()).max(50).default([]),
    consent: z.literal(true, { error: messages.consent }),
  });
}

export type AccreditationInput = z.infer<ReturnType<typeof createAccreditationSchema>>;

/** What a submitted form holds, as the schema expects it (`sessions` are checkboxes). */
export function accreditationFromForm(form: FormData): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of ACCREDITATION_FIELDS) {
    const value = form.get(field);
    if (typeof value === "string") values[field] = value;
  }
  values.sessionIds = form.getAll("sessionIds").filter((value) => typeof value === "string");
  values.consent = form.get("consent") === "on";
  return values;
}
