import { SiteLink } from "@/components/ui/site-link";
import { Container } from "@/components/ui/container";
import { localizedPath } from "@/lib/i18n/config";
import { routeLocale } from "@/lib/i18n/route-locale";
import { getTranslator } from "@/lib/i18n/translator";

// Every page's RSC payload carries this boundary (twice on public pages): styled by one class.
export default async function NotFound() {
  const locale = await routeLocale();
  const t = getTranslator(locale, "notFound");
  return (
    <Container className="not-found-page">
      <p aria-hidden="true">404</p>
      <h1>{t("title")}</h1>
      <p>{t("text")}</p>
      <SiteLink href={localizedPath(locale, "/")}>{t("back")}</SiteLink>
    </Container>
  );
}
