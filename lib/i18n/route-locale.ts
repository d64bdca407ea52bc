import { locale as localeParam } from "next/root-params";
import { defaultLocale, isLocale, type Locale } from "./config";

/**
 * The locale of the page being rendered, for Server Components that get no params
 * (not-found and forbidden pages). Root params are the segments above the root layout, app/[locale].
 */
export async function routeLocale(): Promise<Locale> {
  const value: unknown = await localeParam();
  return typeof value === "string" && isLocale(value) ? value : defaultLocale;
}
