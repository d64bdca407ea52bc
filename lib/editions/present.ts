import type { Locale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/localized";
import type { Translator } from "@/lib/i18n/translator";
import type { EditionContents, EditionDeletion } from "./rules";

type UnitLike = { name: string; nameEn: string | null };

export function unitLabel(locale: Locale, unit: UnitLike): string {
  return pickLocalized(locale, unit.name, unit.nameEn);
}

export function unitList(locale: Locale, units: { unit: UnitLike }[]): string[] {
  return units.map(({ unit }) => unitLabel(locale, unit));
}

const HOLD_MESSAGES = {
  registrations: "holdRegistrations",
  invitationBatches: "holdInvitationBatches",
  booths: "holdBooths",
  exhibitorApplications: "holdExhibitorApplications",
  mediaAssets: "holdMediaAssets",
  pressAccreditations: "holdPressAccreditations",
  newsPosts: "holdNewsPosts",
} as const satisfies Record<keyof EditionContents, string>;

/** Why an edition cannot be deleted, in the organiser's language: "… đã có 12 đăng ký tham dự, 3 gian hàng." */
export function deletionRefusal(t: Translator<"adminEditions">, refusal: Exclude<EditionDeletion, { ok: true }>): string {
  if (refusal.reason === "notDraft") return t("deleteNotDraft");
  const holds = Object.entries(refusal.holds).map(([key, count]) => t(HOLD_MESSAGES[key as keyof EditionContents], { count }));
  return holds.length > 0 ? t("deleteNotEmpty", { holds: holds.join(", ") }) : t("deleteNotEmptyUnknown");
}
