import { z } from "@/lib/zod";
import { slugify } from "@/lib/i18n/fold";
import { parseDateTimeInput } from "@/lib/time/form-input";
import type vi from "@/lib/i18n/messages/vi.json";

// The announcement form, shared by the admin form and its Server Action. No server imports.

type NewsMessages = (typeof vi)["adminNews"]["errors"];

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function createNewsSchema(messages: NewsMessages) {
  return z
    .object({
      title: z.string().trim().normalize("NFC").min(1, messages.title).max(200, messages.tooLong),
      titleEn: z
        .string()
        .trim()
        .max(200, messages.tooLong)
        .transform((value) => value || null)
        .default(""),
      slug: z.string().trim().toLowerCase().max(80, messages.tooLong).default(""),
      body: z.string().trim().normalize("NFC").min(1, messages.body).max(20_000, messages.tooLong),
      publishAt: z
        .string()
        .default("")
        .transform((value, context) => {
          if (value === "") return null;
          const date = parseDateTimeInput(value);
          if (date) return date;
          context.issues.push({ code: "custom", message: messages.publishAt, input: value });
          return z.NEVER;
        }),
      publish: z
        .literal("on")
        .optional()
        .transform((value) => value === "on"),
    })
    .transform((post, context) => {
      const slug = post.slug || slugify(post.title);
      if (!SLUG.test(slug)) {
        context.issues.push({ code: "custom", path: ["slug"], message: messages.slug, input: post.slug });
        return z.NEVER;
      }
      return { ...post, slug };
    });
}

export type NewsInput = z.infer<ReturnType<typeof createNewsSchema>>;
