import { TZDate } from "@date-fns/tz";
import { z } from "@/lib/zod";
import { slugify } from "@/lib/i18n/fold";
import type vi from "@/lib/i18n/messages/vi.json";

// The announcement form, shared by the admin form and its Server Action. No server imports.

export type NewsMessages = (typeof vi)["adminNews"]["errors"];

const ZONE = "Asia/Ho_Chi_Minh";
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A `datetime-local` value read as the time in Quảng Ngãi; null when it is not one. */
export function parseLocalDateTime(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [, year, month, day, hour, minute] = match.map(Number) as [number, number, number, number, number, number];
  const date = new TZDate(year, month - 1, day, hour, minute, 0, ZONE);
  return Number.isNaN(date.getTime()) ? null : new Date(date.getTime());
}

/** The value a `datetime-local` field shows for a date, in Quảng Ngãi time. */
export function toLocalDateTimeValue(date: Date): string {
  const local = new TZDate(date.getTime(), ZONE);
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}T${pad(local.getHours())}:${pad(local.getMinutes())}`;
}

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
          const date = parseLocalDateTime(value);
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
