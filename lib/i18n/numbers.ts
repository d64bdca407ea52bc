import type { Locale } from "./config";

// Whole numbers as the page's language writes them: 1.074 in Vietnamese, 1,074 in English. One
// formatter, so that a table never shows 1074 beside 1.072.

const FORMATTERS: Record<Locale, Intl.NumberFormat> = {
  vi: new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 0 }),
};

export function formatCount(value: number, locale: Locale = "vi"): string {
  return FORMATTERS[locale].format(value);
}
