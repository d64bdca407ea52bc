import { SiteLink } from "@/components/ui/site-link";
import { localizedPath, type Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { Container } from "@/components/ui/container";
import { BrandMark } from "./brand-mark";
import { LanguageSwitch } from "./language-switch";
import { MainNav } from "./main-nav";
import { navItems } from "./nav-items";

export function SiteHeader({ locale }: { locale: Locale }) {
  const t = getTranslator(locale, "nav");
  const meta = getTranslator(locale, "meta");
  const header = getTranslator(locale, "header");
  const language = getTranslator(locale, "language");
  return (
    // Its own layer above the page: the bar's backdrop blur makes it a stacking context, so without
    // a z-index the home page's positioned hero (painted later) would cover the open phone menu.
    <header className="no-print relative z-40">
      <div className="bg-brand-950 text-sm text-brand-100">
        <Container className="flex min-h-9 items-center justify-between gap-4">
          <p className="truncate">{header("organiser")}</p>
          <LanguageSwitch
            target={locale === "vi" ? "en" : "vi"}
            label={language("switchTo")}
            ariaLabel={language("switchToLabel")}
          />
        </Container>
      </div>
      <div className="border-b border-brand-100 bg-white/95 backdrop-blur">
        <Container className="flex min-h-18 items-center justify-between gap-4 py-3">
          <SiteLink href={localizedPath(locale, "/")} className="flex min-w-0 items-center gap-3">
            <BrandMark />
            <span className="min-w-0 text-sm leading-tight font-bold text-brand-900 sm:text-base">{meta("shortName")}</span>
          </SiteLink>
          <MainNav
            locale={locale}
            items={navItems.map((item) => ({ href: item.href, label: t(item.labelKey) }))}
            labels={{ nav: t("label"), openMenu: t("openMenu") }}
          />
        </Container>
      </div>
    </header>
  );
}
