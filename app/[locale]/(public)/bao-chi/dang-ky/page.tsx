import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Container } from "@/components/ui/container";
import { AccreditationForm } from "@/components/press/accreditation-form";
import { listEditionSessions } from "@/lib/agenda/queries";
import { getCurrentExhibitionEdition } from "@/lib/exhibition/queries";
import { isLocale, localizedPath } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/localized";
import { getTranslator } from "@/lib/i18n/translator";
import { ACCREDITATION_PATH } from "@/lib/press/paths";
import { formatDateTime } from "@/lib/time/format";

export const revalidate = 300;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return {
    title: getTranslator(locale, "pressAccreditation")("title"),
    alternates: { canonical: localizedPath(locale, ACCREDITATION_PATH) },
  };
}

export default async function AccreditationPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale, "pressAccreditation");
  const edition = await getCurrentExhibitionEdition();
  const listing = edition ? await listEditionSessions(edition.year) : null;
  const sessions = (listing?.sessions ?? []).map((session) => ({
    id: session.id,
    label: `${pickLocalized(locale, session.title, session.titleEn)} (${formatDateTime(session.startsAt)})`,
  }));
  return (
    <Container className="max-w-3xl py-10">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="mt-3 text-muted">{t("intro")}</p>
      <div className="mt-8 rounded-xl bg-white p-6 shadow-sm ring-1 ring-brand-100">
        <AccreditationForm locale={locale} sessions={sessions} />
      </div>
    </Container>
  );
}
