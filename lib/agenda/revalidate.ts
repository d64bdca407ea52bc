import "server-only";
import { revalidatePath } from "next/cache";
import { MOST_PAGES_PER_NOTICE } from "@/lib/http/page-broadcast";
import { revalidatePublicPages } from "@/lib/http/public-pages";
import { locales } from "@/lib/i18n/config";

const SESSION_PAGES = "/[locale]/(public)/sessions/[slug]";
// The form lists every session open for registration with its seats left.
const REGISTRATION_FORM = "/[locale]/(public)/register";

// Route patterns as the app directory spells them (route group included): Next tags each statically
// rendered page with its pattern, so one call per pattern refreshes every locale and every slug.
const PUBLIC_PAGES = [
  "/[locale]/(public)",
  "/[locale]/(public)/agenda",
  SESSION_PAGES,
  "/[locale]/(public)/venues/[slug]",
  "/[locale]/(public)/editions/[year]",
  "/[locale]/(public)/editions/[year]/agenda",
  "/[locale]/(public)/editions/[year]/sessions/[slug]",
  REGISTRATION_FORM,
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
 * Refreshes what shows the seats left of these sessions after a seat was taken or given back: their pages
 * and the registration form, in both languages and on every instance, so that a count is never five
 * minutes old. Without slugs (a change whose sessions the caller does not hold), every session page.
 * Marking a page stale is cheap; it is rendered again only when someone next opens it.
 */
export function revalidateSeatCounts(slugs?: Iterable<string>): void {
  const named = [...new Set(slugs)].flatMap((slug) => locales.map((locale) => `/${locale}/sessions/${slug}`));
  // Pages the other instances' notice could not name all: every session page instead.
  const fitsOneNotice = slugs !== undefined && named.length < MOST_PAGES_PER_NOTICE;
  revalidatePublicPages([...(fitsOneNotice ? named : [SESSION_PAGES]), REGISTRATION_FORM]);
}
