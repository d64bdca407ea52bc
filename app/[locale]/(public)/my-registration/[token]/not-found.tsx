import { SiteLink } from "@/components/ui/site-link";
import { Container } from "@/components/ui/container";
import { localizedPath } from "@/lib/i18n/config";
import { routeLocale } from "@/lib/i18n/route-locale";
import { getTranslator } from "@/lib/i18n/translator";

// An unknown, rotated or erased manage link: say what may have happened and how to get a new one.
export default async function RegistrationNotFound() {
  const locale = await routeLocale();
  const t = getTranslator(locale, "manage");
  return (
    <Container className="max-w-2xl py-20">
      <h1 className="text-3xl font-bold text-brand-900">{t("notFoundTitle")}</h1>
      <p className="mt-4 text-lg">{t("notFoundText")}</p>
      <p className="mt-8 flex flex-wrap gap-4">
        <SiteLink
          href={localizedPath(locale, "/my-registration/send-link")}
          className="inline-flex min-h-11 items-center rounded-md bg-accent-600 px-5 py-2.5 font-semibold text-white hover:bg-accent-700"
        >
          {t("sendLinkAgain")}
        </SiteLink>
        <SiteLink
          href={localizedPath(locale, "/register")}
          className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4"
        >
          {t("toRegister")}
        </SiteLink>
        <SiteLink
          href={localizedPath(locale, "/")}
          className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline underline-offset-4"
        >
          {t("toHome")}
        </SiteLink>
      </p>
    </Container>
  );
}
