import { z } from "@/lib/zod";
import vi from "@/lib/i18n/messages/vi.json";
import { formatMessage } from "@/lib/i18n/translator";
import { dayInput } from "@/lib/time/form-fields";

// The edition forms of the admin area (create, edit, copy), shared by the forms and their Server Actions.

export type EditionFormMessages = (typeof vi)["adminEditionForm"];

const MAX_TEXT = 500;

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
  const edit = details
    .extend({ editionId: z.uuid({ error: messages.notFound }) })
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
