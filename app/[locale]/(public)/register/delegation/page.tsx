import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DelegationForm } from "@/components/registration/delegation-form";
import { PrivacyNotice } from "@/components/registration/privacy-notice";
import { sessionVenue, sessionWhen } from "@/components/registration/session-text";
import { Container } from "@/components/ui/container";
import { isLocale } from "@/lib/i18n/config";
import { MessagesProvider } from "@/lib/i18n/client";
import { pickLocalized } from "@/lib/i18n/localized";
import { getTranslator, pickMessages } from "@/lib/i18n/translator";
import { submitDelegation } from "@/lib/registration/delegation-actions";
import { getRegistrableSessions } from "@/lib/registration/queries";
import { DELEGATION_LIMITS } from "@/lib/registration/delegation-schema";
import { DELEGATE_GROUPS, REGISTRATION_LIMITS } from "@/lib/registration/schema";

type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: getTranslator(locale, "delegation")("metaTitle") };
}

// Dynamic: the seats left must be those of the moment the form is opened.
export default async function DelegationPage({ params, searchParams }: { params: Params; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale } = await params;
  const { erased } = await searchParams;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale, "delegation");
  const register = getTranslator(locale, "register");
  const edition = await getRegistrableSessions();
  const sessions = edition?.sessions ?? [];

  return (
    <Container className="max-w-3xl py-10 sm:py-14">
      <h1 className="text-3xl font-bold text-brand-900 sm:text-4xl">{t("title")}</h1>
      {erased === "1" && (
        <p role="status" className="mt-6 rounded-lg border border-green-700 bg-green-50 p-4 font-semibold">
          {t("erased")}
        </p>
      )}
      {edition && sessions.length > 0 ? (
        <>
          <p className="mt-3 text-lg text-muted">{t("intro", { edition: pickLocalized(locale, edition.name, edition.nameEn) })}</p>
          <div className="mt-8">
            <MessagesProvider locale={locale} messages={pickMessages(locale, ["register", "delegation", "delegateGroup"])}>
              <DelegationForm
                groups={DELEGATE_GROUPS}
                limits={{ ...REGISTRATION_LIMITS, ...DELEGATION_LIMITS }}
                action={submitDelegation.bind(null, locale)}
                sessions={sessions.map((session) => ({
                  slug: session.slug,
                  title: pickLocalized(locale, session.title, session.titleEn),
                  when: sessionWhen(locale, session),
                  venue: sessionVenue(locale, session.venue),
                  seatsLeft: session.seatsLeft,
                }))}
                notice={<PrivacyNotice locale={locale} />}
              />
            </MessagesProvider>
          </div>
        </>
      ) : (
        <p className="mt-6 rounded-xl border border-brand-100 bg-brand-50 p-6 text-lg">{edition ? register("noSessions") : register("noEdition")}</p>
      )}
    </Container>
  );
}
