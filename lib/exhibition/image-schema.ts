import { z } from "@/lib/zod";
import type vi from "@/lib/i18n/messages/vi.json";

// The booth image forms, shared by the admin forms and their Server Actions. No server imports.

type BoothImageMessages = (typeof vi)["adminBoothImages"]["errors"];

/** How many pictures one booth page shows at most: enough for a stand, light enough for a phone. */
export const MAX_BOOTH_IMAGES = 12;

export const ALT_MAX = 300;

export function createBoothImageAltSchema(messages: BoothImageMessages) {
  return z.object({
    alt: z.string({ error: messages.alt }).trim().normalize("NFC").min(1, messages.alt).max(ALT_MAX, messages.tooLong),
    // The default comes before the transform: zod returns a default as it is, untransformed.
    altEn: z
      .string()
      .trim()
      .normalize("NFC")
      .max(ALT_MAX, messages.tooLong)
      .default("")
      .transform((value) => value || null),
  });
}

export type BoothImageAlt = z.infer<ReturnType<typeof createBoothImageAltSchema>>;

/** Which picture of which booth a button acts on. */
export const boothImageRefSchema = z.object({ boothId: z.uuid(), fileId: z.uuid() });

export const boothImageMoveSchema = boothImageRefSchema.extend({ direction: z.enum(["up", "down"]) });
