/**
 * Text without its accents, in lower case ("Đà Nẵng" → "da nang"): what a search that ignores
 * diacritics compares, in the browser as on the server (PostgreSQL has `search_normalize` for its side).
 */
export function foldDiacritics(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase();
}
