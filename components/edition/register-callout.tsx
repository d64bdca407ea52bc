import { localizedPath, type Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { ButtonLink } from "@/components/ui/button-link";
import { Container } from "@/components/ui/container";

export function RegisterCallout({ locale }: { locale: Locale }) {
  const t = getTranslator(locale, "home");
  return (
    <section aria-labelledby="register-title" className="render-when-near py-16 [--usual-height:16rem]">
      <Container>
        <div className="flex flex-col items-start gap-6 rounded-2xl bg-gradient-to-br from-brand-800 to-brand-950 p-8 text-white sm:p-12 md:flex-row md:items-center md:justify-between">
          <div className="max-w-2xl">
            <h2 id="register-title" className="text-2xl font-bold sm:text-3xl">
              {t("registerTitle")}
            </h2>
            <p className="mt-3 text-brand-100">{t("registerText")}</p>
          </div>
          <ButtonLink href={localizedPath(locale, "/register")}>{t("registerCta")}</ButtonLink>
        </div>
      </Container>
    </section>
  );
}
