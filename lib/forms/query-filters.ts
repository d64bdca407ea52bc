import type { z } from "@/lib/zod";

// The filters of an admin list, read from the query string (a GET form, so a filtered view can be
// bookmarked): each field by its own schema; a value that does not parse is dropped, and the page
// says so, rather than failing the whole page.

type Fields = Record<string, z.ZodType>;
type Query = Record<string, string | string[] | undefined> | URLSearchParams;

function valueOf(query: Query, name: string): string | undefined {
  if (query instanceof URLSearchParams) return query.get(name) ?? undefined;
  const raw = query[name];
  return Array.isArray(raw) ? raw[0] : raw;
}

type FiltersOf<F extends Fields> = { [K in keyof F]?: z.infer<F[K]> };

export function parseQueryFilters<F extends Fields>(fields: F, query: Query): { filters: FiltersOf<F>; ignored: boolean } {
  const filters: Record<string, unknown> = {};
  let ignored = false;
  for (const [name, schema] of Object.entries(fields)) {
    const value = valueOf(query, name);
    if (value === undefined || value === "") continue;
    const parsed = schema.safeParse(value);
    if (parsed.success) filters[name] = parsed.data;
    else ignored = true;
  }
  return { filters: filters as FiltersOf<F>, ignored };
}

/** The query string of the same filters on another page, or without one ("" when there is nothing to say). */
export function filtersQueryString(filters: object, page?: number): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries({ ...filters, page: page && page > 1 ? page : undefined })) {
    if (value !== undefined) params.set(name, String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : "";
}
