import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";

/** A link to another site, opened in a new tab; screen readers are told so. */
export function ExternalLink({ locale, href, className, children }: { locale: Locale; href: string; className: string; children: ReactNode }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className={className}>
      {children}
      <span className="sr-only"> {getTranslator(locale, "agenda")("opensInNewWindow")}</span>
    </a>
  );
}
