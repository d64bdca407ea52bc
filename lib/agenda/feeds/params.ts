import { z } from "@/lib/zod";
import { SessionType } from "@/lib/generated/prisma/enums";

// Query parameters of the public session list. Messages are in English: the readers are developers of other tools.

/** An empty parameter (`?q=`) means no filter, as a form with an empty field would send it. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional());

function isCalendarDay(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export const sessionListQuerySchema = z.object({
  q: optional(z.string().trim().max(200, "q must be at most 200 characters")),
  day: optional(
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "day must be a date YYYY-MM-DD")
      .refine(isCalendarDay, "day is not a calendar date"),
  ),
  venue: optional(
    z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "venue must be a venue slug such as xa-mang-den")
      .max(200),
  ),
  type: optional(
    z.enum(Object.values(SessionType) as [SessionType, ...SessionType[]], {
      error: `type must be one of ${Object.values(SessionType).join(", ")}`,
    }),
  ),
});

/** A path's year: four digits, or nothing (a non-numeric year names no edition). */
export function parseEditionYear(raw: string): number | null {
  return /^\d{4}$/.test(raw) ? Number(raw) : null;
}
