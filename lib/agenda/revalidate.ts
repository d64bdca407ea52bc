import "server-only";
import { revalidatePath } from "next/cache";

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
  for (const page of PUBLIC_PAGES) revalidatePath(page, "page");
  revalidatePath("/sitemap.xml");
}
