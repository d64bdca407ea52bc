import { SiteLink } from "@/components/ui/site-link";
import { getCurrentOrganisers, listPastEditions } from "@/lib/editions/queries";
import { unitLabel, unitList } from "@/lib/editions/present";
import { localizedPath, type Locale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/localized";
import { getTranslator } from "@/lib/i18n/translator";
import { Container } from "@/components/ui/container";
import { contactOf, OrganiserContactDetails } from "@/components/edition/organiser-contact";

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = getTranslator(locale, "footer");
  const [edition, pastEditions] = await Promise.all([getCurrentOrganisers(), listPastEditions()]);
  const generalContact = contactOf(edition?.contacts, "GENERAL");
  return (
    <footer className="no-print render-when-near mt-auto bg-brand-950 text-brand-100 [--usual-height:34rem]">
      <Container className="grid gap-10 py-12 md:grid-cols-3">
        {edition && (
          <div className="md:col-span-2">
            <h2 className="footer-heading">{t("organisers")}</h2>
            <dl className="site-footer-units mt-4 grid gap-4 text-sm sm:grid-cols-3">
              {edition.directingUnit && (
                <div>
                  <dt>{t("directingBody")}</dt>
                  <dd>{unitLabel(locale, edition.directingUnit)}</dd>
                </div>
              )}
              {edition.leadUnit && (
                <div>
                  <dt>{t("leadUnit")}</dt>
                  <dd>{unitLabel(locale, edition.leadUnit)}</dd>
                </div>
              )}
              <div>
                <dt>{t("coordinatingUnits")}</dt>
                <dd>{unitList(locale, edition.coordinatingUnits).join("; ")}</dd>
              </div>
            </dl>
          </div>
        )}
        <div className="text-sm">
          <h2 className="footer-heading">{t("contact")}</h2>
          <div className="mt-4">
            {generalContact ? <OrganiserContactDetails locale={locale} contact={generalContact} tone="dark" /> : <p>{t("contactText")}</p>}
          </div>
          {pastEditions.length > 0 && (
            <>
              <h2 className="footer-heading mt-6">{t("pastEditions")}</h2>
              <ul className="mt-3 space-y-2">
                {pastEditions.map((past) => (
                  <li key={past.year}>
                    <SiteLink
                      className="underline underline-offset-4 hover:text-white"
                      href={localizedPath(locale, `/editions/${past.year}`)}
                    >
                      {pickLocalized(locale, past.name, past.nameEn)}
                    </SiteLink>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      </Container>
      <div className="border-t border-white/10">
        <Container className="py-5 text-xs text-brand-100/80">{t("copyright", { year: new Date().getFullYear() })}</Container>
      </div>
    </footer>
  );
}
