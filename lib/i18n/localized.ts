import type { Locale } from "./config";

/** Content fields are written in Vietnamese, with an optional English version. */
export function pickLocalized(locale: Locale, vietnamese: string, english: string | null | undefined): string {
  return locale === "en" && english ? english : vietnamese;
}
