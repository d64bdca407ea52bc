import { z } from "@/lib/zod";
import { optionalHttpsLinkField } from "@/lib/forms/contact-fields";
import type vi from "@/lib/i18n/messages/vi.json";

// The session material form, shared by the organisers' and the speakers' forms and their Server
// Actions. No server imports.

export const MATERIAL_KINDS = ["SLIDES", "DOCUMENT", "VIDEO", "LIVESTREAM"] as const;
export type MaterialKind = (typeof MATERIAL_KINDS)[number];

/** Slides and documents are uploaded files; videos and livestreams are links to where they play. */
export function isLinkKind(kind: MaterialKind): boolean {
  return kind === "VIDEO" || kind === "LIVESTREAM";
}

type MaterialMessages = (typeof vi)["sessionMaterials"]["errors"];

export function createMaterialSchema(messages: MaterialMessages) {
  return z
    .object({
      kind: z.enum(MATERIAL_KINDS, { error: messages.kind }),
      title: z.string({ error: messages.title }).trim().normalize("NFC").min(1, messages.title).max(200, messages.tooLong),
      url: optionalHttpsLinkField({ tooLong: messages.tooLong, invalid: messages.url }),
    })
    .superRefine((material, context) => {
      if (isLinkKind(material.kind) && !material.url) context.addIssue({ code: "custom", path: ["url"], message: messages.url });
    });
}

export type MaterialInput = z.infer<ReturnType<typeof createMaterialSchema>>;
