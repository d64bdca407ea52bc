/**
 * Text without its accents, in lower case ("Đà Nẵng" → "da nang"): what a search that ignores
 * diacritics compares, in the browser as on the server (PostgreSQL has `search_normalize` for its side).
 */
export function foldDiacritics(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[đĐ]/g, "d").toLowerCase();
}

/** A URL slug from a Vietnamese title: no accents (đ → d), lower case, words joined by hyphens. */
export function slugify(text: string, maxLength = 80): string {
  const slug = foldDiacritics(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.slice(0, maxLength).replace(/-+$/, "");
}
