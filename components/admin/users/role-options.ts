import { ROLES } from "@/lib/auth/roles";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";

export function roleOptions(locale: Locale) {
  const roles = getTranslator(locale, "adminRoles");
  return ROLES.map((role) => ({ value: role, label: roles(role) }));
}
