import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SurveyForm } from "@/components/feedback/survey-form";
import { Container } from "@/components/ui/container";
import { getSurvey } from "@/lib/feedback/queries";
import { isLocale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";

type Params = Promise<{ locale: string; token: string }>;

// Rendered per request: whether the survey was answered changes, and a cached copy would hide it.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  // The URL is a secret: keep it out of search engines and out of Referer headers.
  return { title: getTranslator(locale, "feedbackSurvey")("metaTitle"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/** The survey a delegate opens from the e-mail the day after a session. Showing only: the answer is POSTed. */
export default async function SurveyPage({ params }: { params: Params }) {
  const { locale, token: raw } = await params;
  if (!isLocale(locale)) notFound();
  const token = decodeURIComponent(raw);
  const survey = await getSurvey(token);
  if (!survey) notFound();
  const t = getTranslator(locale, "feedbackSurvey");
  return (
    <Container className="max-w-2xl py-8 sm:py-12">
      <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("title")}</h1>
      <p className="mt-3 text-lg font-semibold">{survey.session.title}</p>
      <p className="mt-2 text-muted">{t("intro")}</p>
      <div className="mt-8">
        {survey.feedbackAnsweredAt ? (
          <p role="status" className="rounded-md border-l-4 border-emerald-600 bg-emerald-50 px-4 py-3 font-semibold text-emerald-800">
            {t("answered")}
          </p>
        ) : (
          <SurveyForm locale={locale} token={token} />
        )}
      </div>
    </Container>
  );
}
