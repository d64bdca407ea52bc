import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ButtonLink } from "@/components/ui/button-link";
import { Container } from "@/components/ui/container";
import { isLocale, localizedPath } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";

type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: getTranslator(locale, "manage")("erasedTitle"), robots: { index: false } };
}

/** Where "delete my data" lands: the manage link itself no longer leads anywhere. */
export default async function DataDeletedPage({ params }: { params: Params }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale, "manage");
  return (
    <Container className="max-w-2xl py-20">
      <h1 className="text-3xl font-bold text-brand-900">{t("erasedTitle")}</h1>
      <p role="status" className="mt-4 text-lg">
        {t("erasedText")}
      </p>
      <p className="mt-8">
        <ButtonLink href={localizedPath(locale, "/")} variant="outline">
          {t("toHome")}
        </ButtonLink>
      </p>
    </Container>
  );
}
