import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { Container } from "@/components/ui/container";

export function NoEdition({ locale }: { locale: Locale }) {
  const t = getTranslator(locale, "home");
  return (
    <Container className="py-24 text-center">
      <h1 className="text-3xl font-bold text-brand-900">{t("noEditionTitle")}</h1>
      <p className="mt-3 text-muted">{t("noEditionText")}</p>
    </Container>
  );
}
