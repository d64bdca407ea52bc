import type { Locale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/localized";

type UnitLike = { name: string; nameEn: string | null };

export function unitLabel(locale: Locale, unit: UnitLike): string {
  return pickLocalized(locale, unit.name, unit.nameEn);
}

export function unitList(locale: Locale, units: { unit: UnitLike }[]): string[] {
  return units.map(({ unit }) => unitLabel(locale, unit));
}
