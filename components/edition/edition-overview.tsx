import type { EditionOverview as Edition } from "@/lib/editions/queries";
import type { Locale } from "@/lib/i18n/config";
import { EditionHero } from "./edition-hero";
import { KeyFigures } from "./key-figures";
import { Organisers } from "./organisers";
import { RegisterCallout } from "./register-callout";
import { SessionHighlights } from "./session-highlights";

/** The presentation of one edition: the home page for the current one, an archive page for past ones. */
export function EditionOverview({ locale, edition }: { locale: Locale; edition: Edition }) {
  return (
    <>
      <EditionHero locale={locale} edition={edition} />
      <KeyFigures locale={locale} edition={edition} />
      <SessionHighlights locale={locale} edition={edition} />
      <Organisers locale={locale} edition={edition} />
      {edition.status === "PUBLISHED" && <RegisterCallout locale={locale} />}
    </>
  );
}
