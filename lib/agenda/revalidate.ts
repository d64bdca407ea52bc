import "server-only";
import { revalidatePath } from "next/cache";
import { revalidatePublicPages } from "@/lib/http/public-pages";
import { locales } from "@/lib/i18n/config";

// Route patterns as the app directory spells them (route group included): Next tags each statically
// rendered page with its pattern, so one call per pattern refreshes every locale and every slug.
const PUBLIC_PAGES = [
  "/[locale]/(public)",
  "/[locale]/(public)/agenda",
  "/[locale]/(public)/sessions/[slug]",
  "/[locale]/(public)/venues/[slug]",
  "/[locale]/(public)/editions/[year]",
  "/[locale]/(public)/editions/[year]/agenda",
  "/[locale]/(public)/editions/[year]/sessions/[slug]",
] as const;

/**
 * Refreshes the public programme after organisers publish a change: home, agenda, session and venue
 * pages of every edition in both languages, and the sitemap. Call it from the server action that
 * writes (revalidatePath works in Server Functions and Route Handlers).
 */
export function revalidateAgenda(): void {
  revalidatePublicPages(PUBLIC_PAGES);
  revalidatePath("/sitemap.xml");
}

/**
 * Refreshes the pages of sessions whose seat counts changed (a registration, a dropped seat), in both
 * languages, so that "seats left" on a session page is never five minutes old. Marking a page stale
 * is cheap; it is rendered again only when someone next opens it.
 */
export function revalidateSessionPages(slugs: Iterable<string>): void {
  for (const slug of new Set(slugs)) {
    for (const locale of locales) revalidatePath(`/${locale}/sessions/${slug}`);
  }
}
