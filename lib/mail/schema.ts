import { z } from "@/lib/zod";
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

export function parseMailFilters(query: Record<string, string | string[] | undefined>): { filters: MailFilters; ignored: boolean } {
  const filters: Record<string, unknown> = {};
  let ignored = false;
  for (const [name, schema] of Object.entries(fields)) {
    const raw = query[name];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value === undefined || value === "") continue;
    const parsed = schema.safeParse(value);
    if (parsed.success) filters[name] = parsed.data;
    else ignored = true;
  }
  return { filters: filters as MailFilters, ignored };
}

/** The query string of the same filters on another page. */
export function mailQueryString(filters: MailFilters, page: number): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries({ ...filters, page: page > 1 ? page : undefined })) {
    if (value !== undefined) params.set(name, String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}

export const retryMailSchema = z.object({ id: z.uuid() });
