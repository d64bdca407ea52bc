import { z } from "@/lib/zod";
import { optionalHttpsLinkField } from "@/lib/forms/contact-fields";
import type vi from "@/lib/i18n/messages/vi.json";

// The media asset form, shared by the admin form and its Server Action. No server imports.

/** The order the media kit lists its sections in. */
export const MEDIA_KINDS = ["PRESS_RELEASE", "FACT_SHEET", "LOGO", "POSTER", "PHOTO", "VIDEO_LINK", "PROGRAMME"] as const;

type MediaFormMessages = (typeof vi)["adminMedia"]["errors"];

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .transform((value) => value || null)
    .nullable()
    .default(null);

/** What an organiser may change after the upload: the words, not the file. */
function detailFields(messages: MediaFormMessages) {
  return {
    title: z.string({ error: messages.title }).trim().min(1, messages.title).max(200, messages.tooLong),
    titleEn: optionalText(200, messages.tooLong),
    description: z.string().trim().max(1000, messages.tooLong).default(""),
  };
}

export function createMediaAssetSchema(messages: MediaFormMessages) {
  return z
    .object({
      kind: z.enum(MEDIA_KINDS, { error: messages.kind }),
      ...detailFields(messages),
      url: optionalHttpsLinkField({ tooLong: messages.tooLong, invalid: messages.url }),
      publish: z
        .literal("on")
        .optional()
        .transform((value) => value === "on"),
    })
    .superRefine((asset, context) => {
      if (asset.kind === "VIDEO_LINK" && !asset.url) context.addIssue({ code: "custom", path: ["url"], message: messages.url });
    });
}

export type MediaAssetInput = z.infer<ReturnType<typeof createMediaAssetSchema>>;

export function createMediaDetailsSchema(messages: MediaFormMessages) {
  return z.object({ id: z.uuid({ error: messages.notFound }), ...detailFields(messages) });
}

export type MediaDetailsInput = z.infer<ReturnType<typeof createMediaDetailsSchema>>;
