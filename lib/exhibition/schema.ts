import { z } from "@/lib/zod";
import vi from "@/lib/i18n/messages/vi.json";
import { formatMessage } from "@/lib/i18n/translator";
import { emailField, FORBIDDEN_CHARACTERS, optionalEmailField, phoneField, textLineField } from "@/lib/forms/contact-fields";
import { normalizePhone } from "@/lib/registration/rules";
import { BOOTH_CATEGORIES, type BoothCategoryValue } from "./rules";
import { BOOTH_FILTER_KEYS } from "./paths";

// Shared by the exhibitor application form (its limits and field names) and the Server Action (the
// rules and the Vietnamese messages), and by the directory's filters. Text is trimmed and
// NFC-normalised before any check, so that decomposed diacritics are stored like precomposed ones.

export type BoothFilters = { q?: string; category?: BoothCategoryValue };

const MAX_QUERY_LENGTH = 100;

/** Each filter parsed on its own: a wrong value drops that filter, never the page. */
const filterFields: Record<(typeof BOOTH_FILTER_KEYS)[number], z.ZodType> = {
  q: z
    .string()
    .transform((value) => value.normalize("NFC").replace(/\s+/gu, " ").trim().slice(0, MAX_QUERY_LENGTH).trim())
    .pipe(z.string().min(1)),
  category: z.enum(BOOTH_CATEGORIES),
};

/** Directory filters from a page's searchParams, ignoring invalid values. */
export function parseBoothFilters(params: Record<string, string | string[] | undefined>): BoothFilters {
  const filters: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(filterFields)) {
    const raw = params[key];
    const parsed = schema.safeParse(Array.isArray(raw) ? raw[0] : raw);
    if (parsed.success) filters[key] = parsed.data;
  }
  return filters as BoothFilters;
}

export const APPLICATION_LIMITS = {
  organizationName: 200,
  products: 1000,
  contactName: 120,
  email: 254,
  phone: 30,
  needs: 2000,
  publicEmail: 254,
  publicPhone: 30,
  publicWebsite: 300,
} as const;

type ApplicationMessages = (typeof vi)["exhibitorApplicationErrors"];

const LINE_BREAKS = /\r\n?|\n/g;

/** The application rules with messages in one language; `exhibitorApplicationSchema` is the Vietnamese one. */
export function createExhibitorApplicationSchema(messages: ApplicationMessages) {
  const tooLong = (max: number) => formatMessage(messages.tooLong, { max });

  const line = (required: string, max: number) =>
    textLineField({ required, tooLong: tooLong(max), forbidden: messages.forbiddenCharacters }, max);

  // Long answers keep their line breaks (a list of products), nothing else of the whitespace zoo.
  const text = (max: number) =>
    z
      .string()
      .trim()
      .normalize("NFC")
      .transform((value) =>
        value
          .replace(LINE_BREAKS, "\n")
          .split("\n")
          .map((part) => part.replace(/\s+/g, " ").trim())
          .join("\n")
          .replace(/\n{3,}/g, "\n\n"),
      )
      .pipe(
        z
          .string()
          .max(max, { error: tooLong(max), abort: true })
          .refine((value) => !FORBIDDEN_CHARACTERS.test(value.replace(/\n/g, "")), { error: messages.forbiddenCharacters }),
      );

  // The organisation's contacts for the booth page: each optional, published only with their own box ticked.
  const optionalEmail = optionalEmailField({ invalid: messages.emailInvalid, tooLong: tooLong(APPLICATION_LIMITS.publicEmail) }).transform(
    (value) => value ?? "",
  );
  const optionalPhone = z
    .string()
    .trim()
    .transform((value) => value.replace(/\s+/g, " "))
    .pipe(z.string().max(APPLICATION_LIMITS.publicPhone, { error: messages.phoneInvalid, abort: true }))
    .refine((value) => value === "" || normalizePhone(value) !== null, { error: messages.phoneInvalid })
    .default("");
  const optionalWebsite = z
    .string()
    .trim()
    .max(APPLICATION_LIMITS.publicWebsite, { error: tooLong(APPLICATION_LIMITS.publicWebsite), abort: true })
    .refine((value) => value === "" || /^https?:\/\/[^\s<>"]+$/i.test(value), { error: messages.websiteInvalid })
    .default("");

  return z
    .object(
      {
        organizationName: line(messages.organizationRequired, APPLICATION_LIMITS.organizationName),
        category: z.enum(BOOTH_CATEGORIES, { error: messages.categoryRequired }),
        products: z
          .string({ error: messages.productsRequired })
          .pipe(text(APPLICATION_LIMITS.products))
          .refine((value) => value.length > 0, { error: messages.productsRequired }),
        contactName: line(messages.contactNameRequired, APPLICATION_LIMITS.contactName),
        email: emailField({ required: messages.emailRequired, invalid: messages.emailInvalid, tooLong: tooLong(APPLICATION_LIMITS.email) }),
        phone: phoneField({ required: messages.phoneRequired, invalid: messages.phoneInvalid }),
        needs: z.preprocess((value) => value ?? "", text(APPLICATION_LIMITS.needs)),
        consent: z.literal(true, { error: messages.consentRequired }),
        publicEmail: optionalEmail,
        publicPhone: optionalPhone,
        publicWebsite: optionalWebsite,
        publishContacts: z.boolean().default(false),
      },
      { error: messages.form },
    )
    .superRefine((value, context) => {
      // The consent to publish is its own choice: a contact typed without it, or the box ticked with
      // nothing to publish, is asked about rather than guessed.
      const given = Boolean(value.publicEmail || value.publicPhone || value.publicWebsite);
      if (given && !value.publishContacts) {
        context.addIssue({ code: "custom", path: ["publishContacts"], message: messages.publishConsentRequired });
      } else if (!given && value.publishContacts) {
        context.addIssue({ code: "custom", path: ["publishContacts"], message: messages.publishNothing });
      }
    });
}

export const exhibitorApplicationSchema = createExhibitorApplicationSchema(vi.exhibitorApplicationErrors);

export type ExhibitorApplicationInput = z.infer<typeof exhibitorApplicationSchema>;

/** The form's fields as the browser sends them; `consent` is a checkbox ("on" when ticked). */
const APPLICATION_FIELDS = [
  "organizationName",
  "category",
  "products",
  "contactName",
  "email",
  "phone",
  "needs",
  "publicEmail",
  "publicPhone",
  "publicWebsite",
] as const;
export type ApplicationField = (typeof APPLICATION_FIELDS)[number] | "consent" | "publishContacts";

/** What a submitted form holds, as the schema expects it. */
export function applicationFromForm(form: FormData): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of APPLICATION_FIELDS) {
    const value = form.get(field);
    if (typeof value === "string") values[field] = value;
  }
  values.consent = form.get("consent") === "on";
  values.publishContacts = form.get("publishContacts") === "on";
  return values;
}
