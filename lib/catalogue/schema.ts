import { z } from "@/lib/zod";
import type { Capability } from "@/lib/auth/roles";
import { UnitKind } from "@/lib/generated/prisma/enums";
import vi from "@/lib/i18n/messages/vi.json";
import { formatMessage } from "@/lib/i18n/translator";
import { isOneOf } from "@/lib/one-of";

// The programme's catalogue: units (organisers, partners), venues and speakers, shared by every
// edition. One schema per kind, shared by its form and its Server Action; messages in the admin's language.

const CATALOGUE_KINDS = ["units", "venues", "speakers"] as const;
export type CatalogueKind = (typeof CATALOGUE_KINDS)[number];

export function isCatalogueKind(value: string): value is CatalogueKind {
  return isOneOf(CATALOGUE_KINDS, value);
}

/** What each kind's screens and actions ask for. */
export const CATALOGUE_CAPABILITY: Record<CatalogueKind, Capability> = {
  units: "units:edit",
  venues: "venues:edit",
  speakers: "speakers:edit",
};

type CatalogueFormMessages = (typeof vi)["adminCatalogueForm"];

/** The form's fields per kind, in display order; the form renders them from this list. */
export type CatalogueField = {
  name: string;
  type: "text" | "textarea" | "number" | "unitKind";
  required?: boolean;
  lang?: "en";
};

export const CATALOGUE_FIELDS: Record<CatalogueKind, CatalogueField[]> = {
  units: [
    { name: "name", type: "text", required: true },
    { name: "nameEn", type: "text", lang: "en" },
    { name: "shortName", type: "text" },
    { name: "kind", type: "unitKind", required: true },
  ],
  venues: [
    { name: "name", type: "text", required: true },
    { name: "nameEn", type: "text", lang: "en" },
    { name: "address", type: "text", required: true },
    { name: "commune", type: "text" },
    { name: "capacity", type: "number" },
    { name: "latitude", type: "text" },
    { name: "longitude", type: "text" },
    { name: "notes", type: "textarea" },
  ],
  speakers: [
    { name: "name", type: "text", required: true },
    { name: "position", type: "text" },
    { name: "organization", type: "text" },
    { name: "bio", type: "textarea" },
    { name: "bioEn", type: "textarea", lang: "en" },
  ],
};

const MAX_TEXT = 300;
const MAX_NOTE = 5_000;

export function createCatalogueSchemas(messages: CatalogueFormMessages = vi.adminCatalogueForm) {
  const text = (max = MAX_TEXT) =>
    z
      .string({ error: messages.required })
      .normalize("NFC")
      .trim()
      .transform((value) => value.replace(/[ \t]+/g, " "))
      .pipe(z.string().max(max, { error: formatMessage(messages.tooLong, { max }) }));
  const required = (max = MAX_TEXT) => text(max).pipe(z.string().min(1, { error: messages.required }));
  const optional = (max = MAX_TEXT) =>
    text(max)
      .optional()
      .transform((value) => value || null);
  const coordinate = (limit: number) =>
    z
      .string()
      .trim()
      .optional()
      .refine((value) => !value || (/^-?\d{1,3}(\.\d{1,6})?$/.test(value) && Math.abs(Number(value)) <= limit), {
        error: messages.coordinateInvalid,
      })
      .transform((value) => value || null);

  return {
    units: z.object({
      name: required(),
      nameEn: optional(),
      shortName: optional(60),
      kind: z.enum(UnitKind, { error: messages.kindInvalid }),
    }),
    venues: z.object({
      name: required(),
      nameEn: optional(),
      address: required(),
      commune: optional(),
      capacity: z
        .string()
        .trim()
        .optional()
        .refine((value) => !value || /^\d{1,6}$/.test(value), { error: messages.capacityInvalid })
        .transform((value) => (value ? Number(value) : null)),
      latitude: coordinate(90),
      longitude: coordinate(180),
      notes: optional(MAX_NOTE),
    }),
    speakers: z.object({
      name: required(),
      position: optional(),
      organization: optional(),
      bio: optional(MAX_NOTE),
      bioEn: optional(MAX_NOTE),
    }),
    merge: z
      .object({ sourceId: z.uuid({ error: messages.mergeTargetRequired }), targetId: z.uuid({ error: messages.mergeTargetRequired }) })
      .refine((value) => value.sourceId !== value.targetId, { path: ["targetId"], error: messages.mergeSelf }),
  };
}

export const catalogueSchemas = createCatalogueSchemas();
export type UnitInput = z.infer<typeof catalogueSchemas.units>;
export type VenueInput = z.infer<typeof catalogueSchemas.venues>;
export type SpeakerInput = z.infer<typeof catalogueSchemas.speakers>;

/** A stored record as the form's field values. */
export function catalogueFormValues(kind: CatalogueKind, record: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    CATALOGUE_FIELDS[kind].map((field) => {
      const value = record[field.name];
      return [field.name, value === null || value === undefined ? "" : String(value)];
    }),
  );
}
