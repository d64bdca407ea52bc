import type { MetadataRoute } from "next";
import { agendaPath, sessionPath, venuePath } from "@/lib/agenda/paths";
import { readSitemapData } from "@/lib/agenda/queries";
import { locales } from "@/lib/i18n/config";
import { publicUrl } from "@/lib/seo/page-metadata";

export const revalidate = 300;

/** Every public page in both languages: one entry per language, each naming the other as alternate. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { currentYear, editions, venues } = await readSitemapData();
  const pages: { path: string; lastModified?: Date; priority: number }[] = [{ path: "/", priority: 1 }];
  for (const edition of editions) {
    const isCurrent = edition.year === currentYear;
    if (!isCurrent) pages.push({ path: `/editions/${edition.year}`, lastModified: edition.updatedAt, priority: 0.5 });
    pages.push({ path: agendaPath(edition.year, currentYear), lastModified: edition.updatedAt, priority: isCurrent ? 0.9 : 0.5 });
    for (const session of edition.sessions) {
      pages.push({ path: sessionPath(edition.year, session.slug, currentYear), lastModified: session.updatedAt, priority: isCurrent ? 0.8 : 0.4 });
    }
  }
  for (const venue of venues) pages.push({ path: venuePath(venue.slug), lastModified: venue.updatedAt, priority: 0.5 });

  return pages.flatMap(({ path, lastModified, priority }) => {
    const languages = Object.fromEntries(locales.map((locale) => [locale, publicUrl(locale, path)]));
    return locales.map((locale) => ({
      url: publicUrl(locale, path),
      ...(lastModified ? { lastModified } : {}),
      priority: locale === "vi" ? priority : Math.round(priority * 0.9 * 10) / 10,
      alternates: { languages },
    }));
  });
}
