import { localizedPath, type Locale } from "@/lib/i18n/config";

const ADMIN_PATH = /^\/(?:en\/)?admin(?:[/?]|$)/;

/**
 * Where to go after signing in: a path inside the admin area, or the dashboard. Anything else
 * (another site, `//host`, a public page) is ignored, so the login link cannot be used to redirect away.
 */
export function safeAdminPath(value: unknown, locale: Locale): string {
  if (typeof value === "string" && ADMIN_PATH.test(value) && !value.includes("\\") && !value.includes("//")) return value;
  return localizedPath(locale, "/admin");
}

export function loginPath(locale: Locale, returnTo?: string): string {
  const path = localizedPath(locale, "/admin/login");
  return returnTo ? `${path}?next=${encodeURIComponent(safeAdminPath(returnTo, locale))}` : path;
}
