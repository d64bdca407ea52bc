import "server-only";
import type { Metadata } from "next";
import { env } from "@/lib/env";
import { localizedPath, locales, type Locale } from "@/lib/i18n/config";

const openGraphLocale: Record<Locale, string> = { vi: "vi_VN", en: "en_GB" };

/** Absolute public URL of a path in a language. */
export function publicUrl(locale: Locale, path: string): string {
  return new URL(localizedPath(locale, path), env.PUBLIC_BASE_URL).toString();
}

/**
 * Title, description, canonical URL, language alternates and OpenGraph of a public page. `path` is
 * unprefixed (`/agenda`); the English version is derived from it.
 */
export function publicPageMetadata(options: {
  locale: Locale;
  path: string;
  title: string;
  description: string;
  type?: "website" | "article";
  noIndex?: boolean;
}): Metadata {
  const { locale, path, title, description } = options;
  const languages = Object.fromEntries(locales.map((language) => [language, localizedPath(language, path)]));
  return {
    title,
    description,
    alternates: { canonical: localizedPath(locale, path), languages: { ...languages, "x-default": path } },
    openGraph: {
      type: options.type ?? "website",
      title,
      description,
      url: localizedPath(locale, path),
      locale: openGraphLocale[locale],
      alternateLocale: locales.filter((language) => language !== locale).map((language) => openGraphLocale[language]),
    },
    ...(options.noIndex ? { robots: { index: false, follow: true } } : {}),
  };
}
