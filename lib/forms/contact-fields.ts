import { z } from "@/lib/zod";
import { normalizeEmail, normalizePhone } from "@/lib/registration/rules";

// The contact fields every form of the portal takes (registration, exhibitor application, press
// accreditation, invitee lists, the organisers' contacts): one rule each, tested once.

/** Control characters and angle brackets have no place in a name, position, organisation or outlet. */
export const FORBIDDEN_CHARACTERS = /[\p{Cc}<>]/u;

/**
 * A required line of text (a name, an organisation): trimmed, NFC-normalised (a name typed with
 * decomposed diacritics is stored like the precomposed one), inner whitespace collapsed.
 */
export function textLineField(messages: { required: string; tooLong: string; forbidden: string }, max: number) {
  return z
    .string({ error: messages.required })
    .trim()
    .normalize("NFC")
    .transform((value) => value.replace(/\s+/g, " "))
    .pipe(
      z
        .string()
        .min(1, { error: messages.required, abort: true })
        .max(max, { error: messages.tooLong, abort: true })
        .refine((value) => !FORBIDDEN_CHARACTERS.test(value), { error: messages.forbidden }),
    );
}

/** Longest address SMTP carries (RFC 5321 path limit). */
const EMAIL_MAX = 254;
/** `0905 123 456`, `+84 (0) 905-123-456`: room for spacing around the digits. */
const PHONE_MAX = 30;

/**
 * Any script in the local part and domain (internationalised addresses, RFC 6531; stored NFC and
 * lower case), but a dotted domain and none of the characters that break an address header.
 */
const EMAIL = /^[^\s@"<>(),;:\\]{1,64}@[^\s@"<>(),;:\\.]+(?:\.[^\s@"<>(),;:\\.]+)+$/u;

type Messages = { required: string; invalid: string; tooLong?: string };

/** A required e-mail address, as stored and compared: trimmed, lower case, NFC. */
export function emailField(messages: Messages) {
  return z
    .string({ error: messages.required })
    .overwrite(normalizeEmail)
    .min(1, { error: messages.required, abort: true })
    .max(EMAIL_MAX, { error: messages.tooLong ?? messages.invalid, abort: true })
    .pipe(z.email({ error: messages.invalid, pattern: EMAIL }));
}

/** An e-mail address that may be left empty (null then). */
export function optionalEmailField(messages: Omit<Messages, "required">) {
  return z
    .string()
    .optional()
    .transform((value) => normalizeEmail(value ?? ""))
    .pipe(z.union([z.literal("").transform(() => null), emailField({ ...messages, required: messages.invalid })], { error: messages.invalid }));
}

function phone(messages: Omit<Messages, "tooLong">, value: string, context: z.core.$RefinementCtx<string | undefined>) {
  const trimmed = value.trim();
  const normalized = trimmed.length <= PHONE_MAX ? normalizePhone(trimmed) : null;
  if (normalized) return normalized;
  context.issues.push({ code: "custom", message: trimmed ? messages.invalid : messages.required, input: value });
  return z.NEVER;
}

/** A required Vietnamese phone number, stored E.164 (`+84905123456`). */
export function phoneField(messages: Omit<Messages, "tooLong">) {
  return z.string({ error: messages.required }).transform((value, context) => phone(messages, value, context));
}

/** A phone number that may be left empty (null then). */
export function optionalPhoneField(messages: { invalid: string }) {
  return z
    .string()
    .optional()
    .transform((value, context) => ((value ?? "").trim() ? phone({ ...messages, required: messages.invalid }, value!, context) : null));
}

/**
 * A web link that may be left empty (null then). Only https: a `javascript:` or `data:` URL would
 * run on a visitor's click.
 */
export function optionalHttpsLinkField(messages: { tooLong: string; invalid: string }, max = 500) {
  return z
    .string()
    .trim()
    .max(max, messages.tooLong)
    .refine((value) => value === "" || /^https:\/\/[^\s<>"]+$/i.test(value), messages.invalid)
    .transform((value) => value || null)
    .default("");
}
