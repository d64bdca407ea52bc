import { z } from "zod";
import { SessionType } from "@/lib/generated/prisma/enums";
import type { SessionFilters } from "./data";
import { AGENDA_FILTER_KEYS } from "./paths";

const MAX_QUERY_LENGTH = 100;

/** Each filter parsed on its own: a wrong value drops that filter, never the page (and never a 500). */
const filterFields: Record<(typeof AGENDA_FILTER_KEYS)[number], z.ZodType> = {
  q: z
    .string()
    .transform((value) => value.normalize("NFC").replace(/\s+/gu, " ").trim().slice(0, MAX_QUERY_LENGTH).trim())
    .pipe(z.string().min(1)),
  day: z.iso.date(),
  venue: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(120),
  type: z.enum(SessionType),
  lead: z.uuid(),
};

export type SearchParamsInput = Record<string, string | string[] | undefined> | URLSearchParams;

function firstValue(params: SearchParamsInput, key: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(key) ?? undefined;
  const value = params[key];
  return Array.isArray(value) ? value[0] : value;
}

/** Agenda filters from a query string (page searchParams or a feed's URL), ignoring invalid values. */
export function parseSessionFilters(params: SearchParamsInput): SessionFilters {
  const filters: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(filterFields)) {
    const raw = firstValue(params, key);
    if (raw === undefined) continue;
    const parsed = schema.safeParse(raw);
    if (parsed.success) filters[key] = parsed.data;
  }
  return filters as SessionFilters;
}

/** True when any filter narrows the agenda. */
export function hasFilters(filters: SessionFilters): boolean {
  return Object.values(filters).some((value) => value !== undefined);
}

/** The query string of a set of filters, in a stable order, without empty ones ("" when none). */
export function filtersToQuery(filters: SessionFilters): string {
  const params = new URLSearchParams();
  for (const key of AGENDA_FILTER_KEYS) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}
