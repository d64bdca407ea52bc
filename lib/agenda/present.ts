import { foldDiacritics } from "@/lib/i18n/fold";
import type { Locale } from "@/lib/i18n/config";
import { formatCalendarDate } from "@/lib/time/format";

const intlLocale: Record<Locale, string> = { vi: "vi-VN", en: "en-GB" };

function dayAsDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

function weekday(locale: Locale, day: string, style: "long" | "short"): string {
  const name = new Intl.DateTimeFormat(intlLocale[locale], { weekday: style, timeZone: "UTC" }).format(dayAsDate(day));
  return name.charAt(0).toLocaleUpperCase(intlLocale[locale]) + name.slice(1);
}

/** `Thứ Sáu, 19/09/2025` / `Friday, 19/09/2025` for a local day `YYYY-MM-DD`. */
export function longDayLabel(locale: Locale, day: string): string {
  return `${weekday(locale, day, "long")}, ${formatCalendarDate(dayAsDate(day))}`;
}

/** `Th 6` + `19/09`, the two lines of a day tab. */
export function shortDayLabel(locale: Locale, day: string): { weekday: string; date: string } {
  return { weekday: weekday(locale, day, "short"), date: formatCalendarDate(dayAsDate(day)).slice(0, 5) };
}

/** Text for a description or a calendar entry: the first `max` characters, cut at a word. */
export function excerpt(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–-]+$/, "")}…`;
}

/**
 * The parts of a venue's address its name does not already say: "Trung tâm Hội nghị và Triển lãm
 * tỉnh Quảng Ngãi" needs no "Tỉnh Quảng Ngãi" after it, "Xã Măng Đen" no second "Xã Măng Đen".
 * Compared without accents or case; an empty string when the name says it all.
 */
export function addressBeyondName(name: string, address: string): string {
  const folded = foldDiacritics(name).toLowerCase();
  return address
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part && !folded.includes(foldDiacritics(part).toLowerCase().replace(/\s*\(.*\)$/, "")))
    .join(", ");
}

/** One line for a place: its name, then what its address adds (never the province twice). */
export function venueLine(name: string, address: string): string {
  const rest = addressBeyondName(name, address);
  return rest ? `${name}, ${rest}` : name;
}
