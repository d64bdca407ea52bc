import { z } from "@/lib/zod";
import vi from "@/lib/i18n/messages/vi.json";
import { formatMessage } from "@/lib/i18n/translator";
import { emailField, FORBIDDEN_CHARACTERS, optionalEmailField, optionalPhoneField } from "@/lib/forms/contact-fields";
import { splitSalutation } from "./rules";

// The invitation rules shared by the admin forms, their Server Actions, the file import and the
// public reply page. Text is trimmed, NFC-normalised and its inner spaces collapsed before any check.

type InvitationMessages = (typeof vi)["invitationErrors"];

const INVITEE_LIMITS = { salutation: 40, fullName: 120, position: 160, organization: 200, email: 254, phone: 30, address: 300 } as const;
const BATCH_LIMITS = { subject: 300, body: 8_000, signerLine: 80, recipientsNote: 2_000, comment: 1_000, sessions: 10 } as const;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function createInvitationSchemas(messages: InvitationMessages) {
  const tooLong = (max: number) => formatMessage(messages.tooLong, { max });
  const line = (max: number) =>
    z
      .string()
      .trim()
      .normalize("NFC")
      .transform((value) => value.replace(/\s+/g, " "))
      .pipe(z.string().max(max, { error: tooLong(max), abort: true }).refine((value) => !FORBIDDEN_CHARACTERS.test(value), { error: messages.forbiddenCharacters }));
  const requiredLine = (required: string, max: number) =>
    z.string({ error: required }).pipe(line(max)).pipe(z.string().min(1, { error: required }));
  const optionalLine = (max: number) =>
    z
      .string()
      .optional()
      .transform((value) => value ?? "")
      .pipe(line(max))
      .transform((value) => value || null);
  /** Several lines: each line trimmed, no control characters but the line breaks themselves. */
  const paragraphs = (required: string | null, max: number) =>
    z
      .string({ error: required ?? messages.tooLong })
      .normalize("NFC")
      .transform((value) => value.replace(/\r\n?/g, "\n").split("\n").map((part) => part.trim()).join("\n").trim())
      .pipe(
        z
          .string()
          .min(required ? 1 : 0, { error: required ?? "" })
          .max(max, { error: tooLong(max) })
          .refine((value) => !value.split("\n").some((part) => FORBIDDEN_CHARACTERS.test(part)), { error: messages.forbiddenCharacters }),
      );

  const invitee = z.object({
    salutation: optionalLine(INVITEE_LIMITS.salutation),
    fullName: requiredLine(messages.fullNameRequired, INVITEE_LIMITS.fullName),
    position: optionalLine(INVITEE_LIMITS.position),
    organization: optionalLine(INVITEE_LIMITS.organization),
    email: optionalEmailField({ invalid: messages.emailInvalid, tooLong: tooLong(INVITEE_LIMITS.email) }),
    phone: optionalPhoneField({ invalid: messages.phoneInvalid }),
    address: optionalLine(INVITEE_LIMITS.address),
  })
    // "Ông Lê Văn Hùng" typed as a name becomes salutation "Ông" and name "Lê Văn Hùng": printed once
    // (the split never leaves an empty name: it needs a word after the salutation).
    .transform((value) => ({ ...value, ...splitSalutation(value.fullName, value.salutation) }));

  const sessionIds = z
    .array(z.string().regex(UUID, { error: messages.sessionsRequired }), { error: messages.sessionsRequired })
    .transform((ids) => [...new Set(ids)])
    .pipe(z.array(z.string()).min(1, { error: messages.sessionsRequired }).max(BATCH_LIMITS.sessions, { error: messages.sessionsRequired }));

  const draft = z.object({
    sessionIds,
    subject: requiredLine(messages.subjectRequired, BATCH_LIMITS.subject),
    body: paragraphs(null, BATCH_LIMITS.body),
    signerAuthority: requiredLine(messages.signerRequired, BATCH_LIMITS.signerLine),
    signerDeputy: optionalLine(BATCH_LIMITS.signerLine),
    signerTitle: requiredLine(messages.signerRequired, BATCH_LIMITS.signerLine),
    signerName: requiredLine(messages.signerNameRequired, BATCH_LIMITS.signerLine),
    recipientsNote: paragraphs(null, BATCH_LIMITS.recipientsNote),
  });

  const comment = z.object({ comment: paragraphs(messages.commentRequired, BATCH_LIMITS.comment) });
  /** The office's correction of a proposed batch's wording: the letter's texts, and a word to the proposer. */
  const correction = z.object({
    subject: requiredLine(messages.subjectRequired, BATCH_LIMITS.subject),
    body: paragraphs(messages.bodyRequired, BATCH_LIMITS.body),
    recipientsNote: paragraphs(null, BATCH_LIMITS.recipientsNote),
    note: paragraphs(null, BATCH_LIMITS.comment),
  });
  const revoke = z.object({ reason: paragraphs(messages.reasonRequired, BATCH_LIMITS.comment) });

  const reply = z.discriminatedUnion(
    "answer",
    [
      z.object({ answer: z.literal("decline") }),
      z.object({ answer: z.literal("attend"), consent: z.literal("on", { error: messages.consentRequired }) }),
      z.object({
        answer: z.literal("substitute"),
        consent: z.literal("on", { error: messages.consentRequired }),
        substituteName: requiredLine(messages.fullNameRequired, INVITEE_LIMITS.fullName),
        substitutePosition: requiredLine(messages.positionRequired, INVITEE_LIMITS.position),
        substituteEmail: emailField({ required: messages.emailInvalid, invalid: messages.emailInvalid, tooLong: tooLong(INVITEE_LIMITS.email) }),
      }),
    ],
    { error: messages.answerRequired },
  );

  return { invitee, draft, comment, correction, revoke, reply };
}

export const invitationSchemas = createInvitationSchemas(vi.invitationErrors);

export type InviteeInput = z.infer<typeof invitationSchemas.invitee>;
export type DraftInput = z.infer<typeof invitationSchemas.draft>;
export type CorrectionInput = z.infer<typeof invitationSchemas.correction>;
export type ReplyInput = z.infer<typeof invitationSchemas.reply>;
