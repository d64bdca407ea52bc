import type { ConsentPurpose } from "@/lib/generated/prisma/client";
import { z } from "@/lib/zod";
import vi from "@/lib/i18n/messages/vi.json";
import { formatMessage } from "@/lib/i18n/translator";
import { emailField, phoneField, textLineField } from "@/lib/forms/contact-fields";

// Shared by the registration form (browser and Server Action) and the JSON API: one set of rules,
// one set of messages. Text is trimmed and NFC-normalised before any check, so a name typed with
// decomposed diacritics (macOS, some Android keyboards) is stored like the precomposed one.

export const DELEGATE_GROUPS = ["GOVERNMENT", "ENTERPRISE", "ACADEMIA", "PRESS", "YOUTH_UNION", "OTHER"] as const;
type DelegateGroupValue = (typeof DELEGATE_GROUPS)[number];

export const REGISTRATION_LIMITS = {
  fullName: 120,
  position: 120,
  organization: 200,
  province: 80,
  email: 254,
  phone: 30,
  sessions: 10,
} as const;

export type RegistrationMessages = (typeof vi)["registrationErrors"];

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Letters of any script with their combining marks, spaces, apostrophes, hyphens and dots. */
const PERSON_NAME = /^[\p{L}\p{M}]+(?:[\p{L}\p{M}'’.\- ]*[\p{L}\p{M}.])?$/u;

function emailOf(messages: RegistrationMessages) {
  return emailField({
    required: messages.emailRequired,
    invalid: messages.emailInvalid,
    tooLong: formatMessage(messages.tooLong, { max: REGISTRATION_LIMITS.email }),
  });
}

/** "Send me my link again": the address alone, and the honeypot. */
export function createLinkRequestSchema(messages: RegistrationMessages) {
  return z.object({
    email: emailOf(messages),
    website: z.string().max(0, { error: messages.honeypot }).optional(),
  });
}

/** Groups whose delegates often hold no title (youth-union members, "Khác"): "Chức vụ" is optional for them. */
const POSITION_OPTIONAL_GROUPS: readonly DelegateGroupValue[] = ["YOUTH_UNION", "OTHER"];

function isPositionRequired(group: string): boolean {
  return !(POSITION_OPTIONAL_GROUPS as readonly string[]).includes(group);
}

/**
 * "Chức vụ" is required unless the group makes it optional: for those groups a blank position is
 * taken as none before the fields are checked (a rule across fields would not run while another
 * field has an error), so its message stands next to the others at once.
 */
export function withPositionRule<T extends z.ZodType>(schema: T) {
  return z.preprocess((raw) => {
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return raw;
    const { group, position } = raw as { group?: unknown; position?: unknown };
    const blank = position === undefined || position === null || (typeof position === "string" && position.trim() === "");
    if (!blank) return raw;
    // Left out for those groups; for any other, an empty text that the field's own rule names as missing.
    return { ...raw, position: typeof group === "string" && !isPositionRequired(group) ? undefined : "" };
  }, schema);
}

/** The registration rules with messages in one language; `registrationSchema` is the Vietnamese one. */
export function createRegistrationSchema(messages: RegistrationMessages) {
  return withPositionRule(createRegistrationFields(messages));
}

/** The fields and their own rules, without the rules across fields (for forms that pick some fields). */
export function createRegistrationFields(messages: RegistrationMessages) {
  const tooLong = (max: number) => formatMessage(messages.tooLong, { max });

  const text = (required: string, max: number) =>
    textLineField({ required, tooLong: tooLong(max), forbidden: messages.forbiddenCharacters }, max);

  return z.object(
    {
      fullName: text(messages.fullNameRequired, REGISTRATION_LIMITS.fullName).refine((value) => PERSON_NAME.test(value), {
        error: messages.fullNameInvalid,
      }),
      position: text(messages.positionRequired, REGISTRATION_LIMITS.position).optional(),
      organization: text(messages.organizationRequired, REGISTRATION_LIMITS.organization),
      group: z.enum(DELEGATE_GROUPS, { error: messages.groupRequired }),
      email: emailOf(messages),
      phone: phoneField({ required: messages.phoneRequired, invalid: messages.phoneInvalid }),
      province: text(messages.provinceRequired, REGISTRATION_LIMITS.province),
      sessions: z
        .array(z.string({ error: messages.sessionsInvalid }).trim().regex(SLUG, { error: messages.sessionsInvalid }), {
          error: messages.sessionsRequired,
        })
        .transform((slugs) => [...new Set(slugs)])
        // Counted only once the value is known to be a list (zod would otherwise measure a string).
        .pipe(
          z
            .array(z.string())
            .min(1, { error: messages.sessionsRequired })
            .max(REGISTRATION_LIMITS.sessions, {
              error: formatMessage(messages.sessionsTooMany, { max: REGISTRATION_LIMITS.sessions }),
            }),
        ),
      // A missing (or malformed) `consents` reads as "nothing ticked": the error lands on the registration box.
      consents: z.preprocess(
        (value) => (typeof value === "object" && value !== null && !Array.isArray(value) ? value : {}),
        z.object({
          registration: z.literal(true, { error: messages.consentRequired }),
          media: z.boolean({ error: messages.consentInvalid }).default(false),
          news: z.boolean({ error: messages.consentInvalid }).default(false),
        }),
      ),
      /** Honeypot: hidden from people, filled in by naive bots. */
      website: z.string({ error: messages.honeypot }).max(0, { error: messages.honeypot }).optional(),
    },
    { error: messages.form },
  );
}

export const registrationSchema = createRegistrationSchema(vi.registrationErrors);

export type RegistrationInput = z.infer<typeof registrationSchema>;

/** The purposes a delegate agreed to: the registration itself always, photos and news when ticked. */
export function consentPurposes(input: Pick<RegistrationInput, "consents">): ConsentPurpose[] {
  return ["REGISTRATION", ...(input.consents.media ? (["MEDIA"] as const) : []), ...(input.consents.news ? (["NEWS"] as const) : [])];
}
