import { z } from "@/lib/zod";
import { filtersQueryString, parseQueryFilters } from "@/lib/forms/query-filters";
import { MAIL_KINDS, MAIL_STATUSES } from "./kinds";

// Filters of the organisers' mail page (/admin/mail), read from the query string, and the retry
// form. A filter value that does not parse is dropped (and the page says so).

export const MAIL_PAGE_SIZE = 50;

const fields = {
  kind: z.enum(MAIL_KINDS),
  status: z.enum(MAIL_STATUSES),
  recipient: z.string().trim().min(1).max(200),
  page: z.coerce.number().int().min(1).max(100_000),
};

export type MailFilters = { [K in keyof typeof fields]?: z.infer<(typeof fields)[K]> };

export function parseMailFilters(query: Record<string, string | string[] | undefined>): {
  filters: MailFilters;
  ignored: boolean;
} {
  return parseQueryFilters(fields, query);
}

/** The query string of the same filters on another page. */
export function mailQueryString(filters: MailFilters, page: number): string {
  return filtersQueryString(filters, page);
}

export const retryMailSchema = z.object({ id: z.uuid() });
