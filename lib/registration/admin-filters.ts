import { z } from "@/lib/zod";
import { filtersQueryString, parseQueryFilters } from "@/lib/forms/query-filters";
import { dayInput } from "@/lib/time/form-fields";
import { DELEGATE_GROUPS } from "./schema";

// Filters of the back-office registration list, read from the query string (a GET form, so a
// filtered view can be bookmarked, and the exports take the very same query string). A value that
// does not parse is dropped, and the page says so, rather than failing the whole page. Pure.

export const REGISTRATION_PAGE_SIZE = 50;
/** The page sizes an organiser may choose; 50 is the default. */
export const REGISTRATION_PAGE_SIZES = [25, 50, 100, 200] as const;
export const REGISTRATION_SORTS = ["newest", "oldest", "name", "organization"] as const;
export const SEAT_FILTERS = ["CONFIRMED", "WAITLISTED"] as const;
export const STATUS_FILTERS = ["ACTIVE", "CANCELLED"] as const;
/** Confirmation e-mails not gone yet (due or being sent), addresses whose mail server refused ours. */
export const MAIL_FILTERS = ["unsent", "refused"] as const;

/** Typed as `dd/MM/yyyy` in the filter form, kept as ISO in links. */
const isoDate = dayInput("");

const fields = {
  q: z.string().trim().normalize("NFC").min(1).max(100),
  session: z.uuid(),
  group: z.enum(DELEGATE_GROUPS),
  seat: z.enum(SEAT_FILTERS),
  checkedIn: z.enum(["yes", "no"]),
  status: z.enum(STATUS_FILTERS),
  mail: z.enum(MAIL_FILTERS),
  from: isoDate,
  to: isoDate,
  sort: z.enum(REGISTRATION_SORTS),
  page: z.coerce.number().int().min(1).max(10_000),
  size: z.coerce
    .number()
    .refine((value): value is (typeof REGISTRATION_PAGE_SIZES)[number] =>
      (REGISTRATION_PAGE_SIZES as readonly number[]).includes(value),
    ),
};

export type RegistrationFilters = { [K in keyof typeof fields]?: z.infer<(typeof fields)[K]> };

/** The valid filters, and whether some given value had to be ignored. */
export function parseRegistrationFilters(query: Parameters<typeof parseQueryFilters>[1]): {
  filters: RegistrationFilters;
  ignored: boolean;
} {
  return parseQueryFilters(fields, query);
}

/** Rows per page of the list: the size chosen, or the default. */
export function pageSizeOf(filters: RegistrationFilters): number {
  return filters.size ?? REGISTRATION_PAGE_SIZE;
}

/** The query string of the same filters, on another page (or without a page, for the exports). */
export function registrationQueryString(filters: RegistrationFilters, page?: number): string {
  return filtersQueryString(filters, page);
}
