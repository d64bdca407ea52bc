import { z } from "@/lib/zod";
import type vi from "@/lib/i18n/messages/vi.json";
import { BOOTH_CATEGORIES, normalizeBoothCode } from "./rules";

// The organisers' booth form and application decisions, shared by the admin forms and their Server
// Actions. Positions and sizes are decimetres of the hall (a 3 m × 3 m stand is 30 × 30).

type BoothAdminMessages = (typeof vi)["adminBooths"]["errors"];

const MAX_MAP_UNITS = 2000;

const trimmed = (max: number, message: string) => z.string().trim().normalize("NFC").max(max, message);
const optionalLine = (max: number, message: string) =>
  trimmed(max, message)
    .transform((value) => value || null)
    .default("");

function mapUnits(message: string, minimum: number) {
  return z.coerce.number({ error: message }).int(message).min(minimum, message).max(MAX_MAP_UNITS, message);
}

/** Where a booth stands: used by the booth form and by accepting an application. */
export function createPlacementSchema(messages: BoothAdminMessages) {
  return z.object({
    code: z.string({ error: messages.code }).transform((value, context) => {
      const code = normalizeBoothCode(value);
      if (code) return code;
      context.issues.push({ code: "custom", message: messages.code, input: value });
      return z.NEVER;
    }),
    x: mapUnits(messages.position, 0),
    y: mapUnits(messages.position, 0),
    width: mapUnits(messages.size, 10),
    height: mapUnits(messages.size, 10),
  });
}

export function createBoothSchema(messages: BoothAdminMessages) {
  return createPlacementSchema(messages).extend({
    category: z.enum(BOOTH_CATEGORIES, { error: messages.category }),
    exhibitorName: trimmed(200, messages.tooLong).min(1, messages.exhibitorName),
    contactName: optionalLine(120, messages.tooLong),
    contactEmail: z
      .string()
      .trim()
      .toLowerCase()
      .max(254, messages.tooLong)
      .refine((value) => value === "" || z.email().safeParse(value).success, messages.email)
      .transform((value) => value || null)
      .default(""),
    contactPhone: optionalLine(30, messages.tooLong),
    website: z
      .string()
      .trim()
      .max(300, messages.tooLong)
      .refine((value) => value === "" || /^https?:\/\/[^\s<>"]+$/i.test(value), messages.website)
      .transform((value) => value || null)
      .default(""),
    /** The exhibitor's consent to publish the organisation's contacts, as the organiser records it. */
    contactsConsent: z
      .literal("on")
      .optional()
      .transform((value) => value === "on"),
    products: trimmed(1000, messages.tooLong).default(""),
    description: trimmed(4000, messages.tooLong).default(""),
    descriptionEn: optionalLine(4000, messages.tooLong),
    publish: z
      .literal("on")
      .optional()
      .transform((value) => value === "on"),
  });
}

export type BoothInput = z.infer<ReturnType<typeof createBoothSchema>>;
export type PlacementInput = z.infer<ReturnType<typeof createPlacementSchema>>;

export const APPLICATION_DECISIONS = ["accept", "decline", "request-changes"] as const;
export type ApplicationDecision = (typeof APPLICATION_DECISIONS)[number];

/** A message to the applicant: required to decline or ask for changes, optional when accepting. */
export function createDecisionMessageSchema(messages: BoothAdminMessages, required: boolean) {
  const text = trimmed(2000, messages.tooLong);
  return z.object({ message: required ? text.min(1, messages.message) : text.default("") });
}
