import { z } from "@/lib/zod";
import vi from "@/lib/i18n/messages/vi.json";
import { formatMessage } from "@/lib/i18n/translator";
import { optionalEmailField, optionalPhoneField } from "@/lib/forms/contact-fields";
import { dayInput } from "@/lib/time/form-fields";

// The edition forms of the admin area (create, edit, copy), shared by the forms and their Server Actions.

type EditionFormMessages = (typeof vi)["adminEditionForm"];

const MAX_TEXT = 500;
const MAX_TERMS = 2_000;

function isoDay(messages: EditionFormMessages) {
  return dayInput(messages.dateInvalid).transform((value) => new Date(`${value}T00:00:00Z`));
}

function year(messages: EditionFormMessages) {
  return z.coerce.number({ error: messages.yearInvalid }).int({ error: messages.yearInvalid }).min(2000, { error: messages.yearInvalid }).max(2100, { error: messages.yearInvalid });
}

export function createEditionSchemas(messages: EditionFormMessages = vi.adminEditionForm) {
  const base = () => z.string().normalize("NFC").trim().max(MAX_TEXT, { error: formatMessage(messages.tooLong, { max: MAX_TEXT }) });
  const required = () => base().min(1, { error: messages.required });
  const optional = () =>
    base()
      .optional()
      .transform((value) => value || null);
  const details = z.object({
    name: required(),
    nameEn: optional(),
    theme: required(),
    themeEn: optional(),
    startsOn: isoDay(messages),
    endsOn: isoDay(messages),
  });
  const endAfterStart = (value: { startsOn: Date; endsOn: Date }) => value.endsOn >= value.startsOn;
  const newEdition = details
    .extend({ year: year(messages) })
    .refine(endAfterStart, { path: ["endsOn"], error: messages.endBeforeStart });
  // The year names the edition in every URL (/editions/2025/…): it does not change after creation.
  const termsText = () =>
    z
      .string()
      .normalize("NFC")
      .trim()
      .max(MAX_TERMS, { error: formatMessage(messages.tooLong, { max: MAX_TERMS }) })
      .optional()
      .transform((value) => value || null);
  const edit = details
    .extend({
      editionId: z.uuid({ error: messages.notFound }),
      exhibitionApplyBy: z
        .string()
        .optional()
        .transform((value) => value?.trim() ?? "")
        .pipe(z.union([z.literal("").transform(() => null), dayInput(messages.dateInvalid).transform((day) => new Date(`${day}T00:00:00Z`))])),
      boothTerms: termsText(),
      boothTermsEn: termsText(),
    })
    .refine(endAfterStart, { path: ["endsOn"], error: messages.endBeforeStart });
  const copy = z.object({
    sourceYear: year(messages),
    year: year(messages),
    startsOn: isoDay(messages),
  });
  return { newEdition, edit, copy, editionId: z.uuid({ error: messages.notFound }) };
}

export const editionSchemas = createEditionSchemas();
export type NewEditionInput = z.infer<typeof editionSchemas.newEdition>;
export type EditEditionInput = z.infer<typeof editionSchemas.edit>;
export type CopyEditionInput = z.infer<typeof editionSchemas.copy>;

// ───────────── The organisers' contacts of an edition ─────────────

export const CONTACT_KINDS = ["GENERAL", "PRESS", "EXHIBITION"] as const;
type ContactKindValue = (typeof CONTACT_KINDS)[number];
type EditionContactMessages = (typeof vi)["adminEditionContacts"];
const CONTACT_NAME_MAX = 200;

/** Field names of one desk in the form: `GENERAL.name`, `GENERAL.phone`, `GENERAL.email`. */
export const contactFieldName = (kind: ContactKindValue, field: "name" | "phone" | "email") => `${kind}.${field}`;

function contactSchema(messages: EditionContactMessages) {
  return z
    .object({
      name: z
        .string()
        .optional()
        .transform((value) => (value ?? "").normalize("NFC").replace(/\s+/g, " ").trim())
        .pipe(z.string().max(CONTACT_NAME_MAX, { error: formatMessage(messages.tooLong, { max: CONTACT_NAME_MAX }) })),
      phone: optionalPhoneField({ invalid: messages.phoneInvalid }),
      email: optionalEmailField({ invalid: messages.emailInvalid }),
    })
    .superRefine((contact, context) => {
      const published = contact.phone !== null || contact.email !== null;
      if (published && !contact.name) context.addIssue({ code: "custom", path: ["name"], message: messages.nameRequired });
      if (!published && contact.name) context.addIssue({ code: "custom", path: ["phone"], message: messages.contactRequired });
    })
    .transform((contact) => (contact.name ? contact : null));
}

/** The contacts form: each desk filled in, or null when all its fields were left empty. */
export function createEditionContactsSchema(messages: EditionContactMessages = vi.adminEditionContacts) {
  const contact = contactSchema(messages);
  return z.object({
    editionId: z.uuid(),
    GENERAL: contact,
    PRESS: contact,
    EXHIBITION: contact,
  });
}

export type EditionContactsInput = z.infer<ReturnType<typeof createEditionContactsSchema>>;

/** The form's flat fields (`PRESS.phone`) as the nested object the schema reads. */
export function readEditionContactsForm(formData: FormData): Record<string, unknown> {
  const input: Record<string, unknown> = { editionId: formData.get("editionId") };
  for (const kind of CONTACT_KINDS) {
    const read = (field: "name" | "phone" | "email") => {
      const value = formData.get(contactFieldName(kind, field));
      return typeof value === "string" ? value : undefined;
    };
    input[kind] = { name: read("name"), phone: read("phone"), email: read("email") };
  }
  return input;
}
