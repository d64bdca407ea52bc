/**
 * Public paths (before the locale prefix): the current edition's agenda and sessions live at the
 * short URLs, other editions' under /editions/{year}.
 */
export function agendaPath(year: number, currentYear: number | null): string {
  return year === currentYear ? "/agenda" : `/editions/${year}/agenda`;
}

export function sessionPath(year: number, slug: string, currentYear: number | null): string {
  return year === currentYear ? `/sessions/${slug}` : `/editions/${year}/sessions/${slug}`;
}

export function venuePath(slug: string): string {
  return `/venues/${slug}`;
}

/** The query-string keys of the agenda's filters, in the order URLs carry them. */
export const AGENDA_FILTER_KEYS = ["q", "day", "venue", "type", "lead"] as const;

const INTERNAL_AGENDA_PATH = /^\/[a-z]{2}(?:\/editions\/\d{4})?\/agenda\/?$/;

/**
 * Where proxy.ts sends an agenda URL that carries filters: the sibling `filtered` route, which reads the
 * query string. The bare agenda (and Next's own `?_rsc=` requests) stay on the static page. null: no rewrite.
 */
export function filteredAgendaRewrite(internalPath: string, searchParams: URLSearchParams): string | null {
  if (!INTERNAL_AGENDA_PATH.test(internalPath)) return null;
  if (!AGENDA_FILTER_KEYS.some((key) => searchParams.has(key))) return null;
  return `${internalPath.replace(/\/$/, "")}/filtered`;
}
