// Relative import: next.config.ts reads the locales (lib/i18n/routes.ts), outside the app's path aliases.
import { isOneOf } from "../one-of";

export const locales = ["vi", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "vi";

export function isLocale(value: string | undefined): value is Locale {
  return isOneOf(locales, value);
}

/** Vietnamese URLs carry no prefix (`/agenda`); English ones start with `/en`. */
export function localizedPath(locale: Locale, path: string): string {
  const clean = path.startsWith("/") ? path : `/${path}`;
  if (locale === defaultLocale) return clean;
  return clean === "/" ? `/${locale}` : `/${locale}${clean}`;
}

/** The same page in another language: strips any locale prefix, then applies the target's. */
export function switchLocalePath(pathname: string, target: Locale): string {
  const segments = pathname.split("/");
  const withoutLocale = isLocale(segments[1]) ? `/${segments.slice(2).join("/")}` : pathname;
  return localizedPath(target, withoutLocale || "/");
}
