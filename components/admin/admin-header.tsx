import Link from "next/link";
import { signOutAction } from "@/lib/auth/actions";
import type { SessionUser } from "@/lib/auth/session-token";
import { localizedPath, type Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { BrandMark } from "@/components/layout/brand-mark";
import { LanguageSwitch } from "@/components/layout/language-switch";
import { Container } from "@/components/ui/container";
import { AdminNav } from "./admin-nav";
import { menuFor, type AdminGroup } from "./nav-items";

const GROUP_LABELS = { programme: "groupProgramme", people: "groupPeople", exhibitionPress: "groupExhibitionPress", settings: "groupSettings" } as const satisfies Record<AdminGroup, string>;

export function AdminHeader({ locale, user }: { locale: Locale; user: SessionUser | null }) {
  const t = getTranslator(locale, "adminShell");
  const roles = getTranslator(locale, "adminRoles");
  const language = getTranslator(locale, "language");
  return (
    <header className="no-print">
      <div className="bg-brand-950 text-brand-100">
        <Container className="flex min-h-16 flex-wrap items-center justify-between gap-x-4 gap-y-2 py-2">
          <Link href={localizedPath(locale, "/admin")} className="flex min-w-0 items-center gap-3 text-white">
            <BrandMark className="h-9 w-9" />
            <span className="font-bold leading-tight">{t("brand")}</span>
          </Link>
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
            {user && <span className="text-brand-100">{t("signedInAs", { name: user.name, role: roles(user.role) })}</span>}
            <LanguageSwitch
              target={locale === "vi" ? "en" : "vi"}
              label={language("switchTo")}
              ariaLabel={language("switchToLabel")}
            />
            {user && (
              <>
                <Link
                  href={localizedPath(locale, "/admin/account")}
                  className="rounded px-2 py-1 font-semibold text-white hover:bg-white/10"
                >
                  {t("account")}
                </Link>
                <form action={signOutAction}>
                  <input type="hidden" name="locale" value={locale} />
                  <button
                    type="submit"
                    className="min-h-8 rounded px-2 py-1 font-semibold text-white ring-1 ring-white/40 hover:bg-white/10"
                  >
                    {t("signOut")}
                  </button>
                </form>
              </>
            )}
          </div>
        </Container>
      </div>
      {user && (
        <AdminNav
          locale={locale}
          label={t("navLabel")}
          entries={menuFor(user.role, (section) => ({ href: section.href, label: t(section.labelKey) })).map((entry) =>
            entry.kind === "link" ? entry : { ...entry, label: t(GROUP_LABELS[entry.key]) },
          )}
        />
      )}
    </header>
  );
}
