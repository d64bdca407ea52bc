import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Container } from "@/components/ui/container";
import { LinkRequestForm } from "@/components/registration/link-request-form";
import { isLocale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";

type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: getTranslator(locale, "linkRequest")("title") };
}

/** A lost manage link is sent again by e-mail address alone, without refilling the form. */
export default async function SendLinkPage({ params }: { params: Params }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale, "linkRequest");
  const register = getTranslator(locale, "register");
  return (
    <Container className="max-w-2xl py-12 sm:py-16">
      <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
      <p className="mt-4 text-lg">{t("intro")}</p>
      <div className="mt-8">
        <LinkRequestForm
          locale={locale}
          labels={{
            email: register("email"),
            emailHint: t("emailHint"),
            required: register("requiredMark"),
            submit: t("submit"),
            submitting: t("submitting"),
            honeypot: register("honeypot"),
          }}
        />
      </div>
    </Container>
  );
}
