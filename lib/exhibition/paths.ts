/**
 * Public paths (before the locale prefix): the current edition's exhibition lives at /exhibition,
 * other editions' under /editions/{year}/exhibition.
 */
export function exhibitionPath(year: number, currentYear: number | null): string {
  return year === currentYear ? "/exhibition" : `/editions/${year}/exhibition`;
}

export function boothPath(year: number, code: string, currentYear: number | null): string {
  return `${exhibitionPath(year, currentYear)}/${code}`;
}

export const APPLICATION_PATH = "/exhibition/apply";
export const APPLICATION_RECEIVED_PATH = "/exhibition/apply/received";

/** The query-string keys of the directory's filters, in the order URLs carry them. */
export const BOOTH_FILTER_KEYS = ["q", "category"] as const;

const INTERNAL_DIRECTORY_PATH = /^\/[a-z]{2}(?:\/editions\/\d{4})?\/exhibition\/?$/;

/**
 * Where proxy.ts sends a directory URL that carries filters: the sibling `filtered` route, which reads
 * the query string, so that the bare directory stays static. null: no rewrite.
 */
export function filteredExhibitionRewrite(internalPath: string, searchParams: URLSearchParams): string | null {
  if (!INTERNAL_DIRECTORY_PATH.test(internalPath)) return null;
  if (!BOOTH_FILTER_KEYS.some((key) => searchParams.has(key))) return null;
  return `${internalPath.replace(/\/$/, "")}/filtered`;
}
