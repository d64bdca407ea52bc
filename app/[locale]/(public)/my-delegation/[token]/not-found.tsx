import { SiteLink } from "@/components/ui/site-link";
import { Container } from "@/components/ui/container";
import { localizedPath } from "@/lib/i18n/config";
import { routeLocale } from "@/lib/i18n/route-locale";
import { getTranslator } from "@/lib/i18n/translator";

// An unknown link, or a delegation whose registrant data was erased.
export default async function DelegationNotFound() {
  const locale = await routeLocale();
  const t = getTranslator(locale, "delegation");
  return (
    <Container className="max-w-2xl py-20">
      <h1 className="text-3xl font-bold text-brand-900">{t("notFoundTitle")}</h1>
      <p className="mt-4 text-lg">{t("notFoundText")}</p>
      <p className="mt-8">
        <SiteLink href={localizedPath(locale, "/register/delegation")} className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4">
          {t("linkAction")}
        </SiteLink>
      </p>
    </Container>
  );
}
