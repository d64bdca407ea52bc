import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ButtonLink } from "@/components/ui/button-link";
import { Container } from "@/components/ui/container";
import { isLocale, localizedPath } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";

// Where the application form leads once the application is stored. It names nobody: the details
// are in the acknowledgement e-mail, not in a URL.
export const dynamic = "force-static";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return { title: getTranslator(locale, "exhibitorApplication")("receivedTitle"), robots: { index: false, follow: true } };
}

export default async function ApplicationReceivedPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale, "exhibitorApplication");
  return (
    <Container className="py-16 sm:py-20">
      <div className="mx-auto max-w-2xl text-center">
        <svg viewBox="0 0 48 48" className="mx-auto h-14 w-14" aria-hidden="true" focusable="false">
          <circle cx="24" cy="24" r="22" fill="#e3ecfa" />
          <path
            d="M14 25 L21 32 L35 17"
            fill="none"
            stroke="#12479a"
            strokeWidth="4"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        <h1 className="mt-4 text-3xl font-bold text-brand-900">{t("receivedTitle")}</h1>
        <p className="mt-4 text-lg">{t("receivedText")}</p>
        <p className="mt-2 text-muted">{t("receivedHint")}</p>
        <div className="mt-8">
          <ButtonLink href={localizedPath(locale, "/exhibition")} variant="outline">
            {t("backToExhibition")}
          </ButtonLink>
        </div>
      </div>
    </Container>
  );
}
