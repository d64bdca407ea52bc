import { z } from "@/lib/zod";
import type vi from "@/lib/i18n/messages/vi.json";

// The survey form, shared by the page and its Server Action. No server imports.

type SurveyMessages = (typeof vi)["feedbackSurvey"]["errors"];

export function createSurveySchema(messages: SurveyMessages) {
  return z.object({
    rating: z.coerce.number({ error: messages.rating }).int(messages.rating).min(1, messages.rating).max(5, messages.rating),
    comment: z
      .string()
      .trim()
      .normalize("NFC")
      .max(2000, messages.tooLong)
      .transform((value) => value || null)
      .default(""),
    // Anonymous unless the delegate ticks this box.
    signed: z
      .literal("on")
      .optional()
      .transform((value) => value === "on"),
  });
}

export type SurveyInput = z.infer<ReturnType<typeof createSurveySchema>>;
