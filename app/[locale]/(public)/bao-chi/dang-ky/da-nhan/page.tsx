import { notFound } from "next/navigation";
import { ButtonLink } from "@/components/ui/button-link";
import { Container } from "@/components/ui/container";
import { isLocale, localizedPath } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { MEDIA_KIT_PATH } from "@/lib/media/paths";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return { title: getTranslator(locale, "pressAccreditation")("receivedTitle"), robots: { index: false } };
}

export default async function AccreditationReceivedPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale, "pressAccreditation");
  return (
    <Container className="max-w-3xl py-16">
      <h1 className="text-3xl font-bold text-brand-900">{t("receivedTitle")}</h1>
      <p className="mt-4 text-lg">{t("receivedText")}</p>
      <div className="mt-8">
        <ButtonLink href={localizedPath(locale, MEDIA_KIT_PATH)} variant="outline">
          {t("backToMediaKit")}
        </ButtonLink>
      </div>
    </Container>
  );
}
