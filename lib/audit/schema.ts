import { z } from "@/lib/zod";
import { filtersQueryString, parseQueryFilters } from "@/lib/forms/query-filters";
import { dayInput } from "@/lib/time/form-fields";
import { localDateTimeToUtc } from "@/lib/time/zone";

// Filters of the audit page, read from the query string. A value that does not parse is dropped
// (and the page says so) rather than failing the whole page.

const DAY_MS = 24 * 60 * 60 * 1000;
export const AUDIT_PAGE_SIZE = 50;
export const SYSTEM_ACTOR = "system";

/** Typed as `dd/MM/yyyy` in the filter form, kept as ISO in links. */
const isoDate = dayInput("");

const fields = {
  user: z.union([z.uuid(), z.literal(SYSTEM_ACTOR)]),
  entity: z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,63}$/),
  entityId: z.string().trim().min(1).max(100),
  from: isoDate,
  to: isoDate,
  page: z.coerce.number().int().min(1).max(100_000),
};

export type AuditFilters = { [K in keyof typeof fields]?: z.infer<(typeof fields)[K]> };

/** The valid filters, and whether some given value had to be ignored. */
export function parseAuditFilters(query: Record<string, string | string[] | undefined>): {
  filters: AuditFilters;
  ignored: boolean;
} {
  return parseQueryFilters(fields, query);
}

/** The instants a filter's days cover, whole days in Asia/Ho_Chi_Minh: [from 00:00, day after `to` 00:00). */
export function auditTimeRange(filters: AuditFilters): { gte?: Date; lt?: Date } {
  return {
    gte: filters.from ? localDateTimeToUtc(filters.from, "00:00") : undefined,
    lt: filters.to ? new Date(localDateTimeToUtc(filters.to, "00:00").getTime() + DAY_MS) : undefined,
  };
}

/** The query string of the same filters on another page. */
export function auditQueryString(filters: AuditFilters, page: number): string {
  return filtersQueryString(filters, page);
}
