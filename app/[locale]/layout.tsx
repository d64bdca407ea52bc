import "../globals.css";
import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { siteFont } from "@/components/ui/font";
import { PageEffects } from "@/components/ui/page-effects";
import { env } from "@/lib/env";
import { isLocale, locales } from "@/lib/i18n/config";
import { MessagesProvider } from "@/lib/i18n/client";
import { getTranslator, pickMessages } from "@/lib/i18n/translator";

// No `dynamicParams = false` here: Next would apply it to every dynamic page below, and a session
// published after the build would answer 404. Unknown locales never get here (proxy.ts; notFound below).

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = getTranslator(locale, "meta");
  return {
    // Absolute URLs of OpenGraph images and canonical links, inherited by every page.
    metadataBase: new URL(env.PUBLIC_BASE_URL),
    title: { default: t("siteName"), template: `%s · ${t("shortName")}` },
    description: t("description"),
    alternates: { languages: { vi: "/", en: "/en" } },
  };
}

export const viewport: Viewport = { themeColor: "#0a2a5e", width: "device-width", initialScale: 1 };

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale, "common");
  return (
    <html lang={locale} className={siteFont.variable}>
      <body className="flex min-h-dvh flex-col font-sans antialiased">
        <a href="#main" className="skip-link">
          {t("skipToContent")}
        </a>
        {/* Each area brings its own chrome and <main id="main">: (public)/layout.tsx, admin/layout.tsx. */}
        <MessagesProvider locale={locale} messages={pickMessages(locale, ["error"])}>{children}</MessagesProvider>
        <PageEffects />
      </body>
    </html>
  );
}
