import { SiteLink } from "@/components/ui/site-link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PrivacyNotice } from "@/components/registration/privacy-notice";
import { RegistrationForm, type SessionOption } from "@/components/registration/registration-form";
import { sessionVenue, sessionWhen } from "@/components/registration/session-text";
import { Container } from "@/components/ui/container";
import { isLocale, localizedPath, type Locale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/localized";
import { MessagesProvider } from "@/lib/i18n/client";
import { getTranslator, pickMessages } from "@/lib/i18n/translator";
import { submitRegistration } from "@/lib/registration/actions";
import { DELEGATE_GROUPS, REGISTRATION_LIMITS } from "@/lib/registration/schema";
import { getRegistrableSessions } from "@/lib/registration/queries";
import type { RegistrableSession } from "@/lib/registration/session-queries";

type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: getTranslator(locale, "register")("metaTitle") };
}

function toOption(locale: Locale, session: RegistrableSession): SessionOption {
  return {
    slug: session.slug,
    title: pickLocalized(locale, session.title, session.titleEn),
    when: sessionWhen(locale, session),
    venue: sessionVenue(locale, session.venue),
    seatsLeft: session.seatsLeft,
  };
}

// Static, like the session pages: rendered again after every seat taken or given back and when organisers
// publish (lib/agenda/revalidate.ts), and every five minutes as registration opens and closes. The seats
// shown guide; the server checks them again when the form is sent. `?session=` is ticked in the browser.
export const revalidate = 300;

export default async function RegisterPage({ params }: { params: Params }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale, "register");
  const edition = await getRegistrableSessions();
  const sessions = edition?.sessions ?? [];

  return (
    <Container className="max-w-3xl py-10 sm:py-14">
      <h1 className="text-3xl font-bold text-brand-900 sm:text-4xl">{t("title")}</h1>
      {edition && sessions.length > 0 ? (
        <>
          <p className="mt-3 text-lg text-muted">
            {t("intro", { edition: pickLocalized(locale, edition.name, edition.nameEn) })}
          </p>
          <p className="mt-3">
            {t("lostLinkQuestion")}{" "}
            <SiteLink
              href={localizedPath(locale, "/my-registration/send-link")}
              className="font-semibold text-brand-700 underline underline-offset-4"
            >
              {t("lostLinkAction")}
            </SiteLink>
          </p>
          <p className="mt-2">
            {getTranslator(locale, "delegation")("linkQuestion")}{" "}
            <SiteLink href={localizedPath(locale, "/register/delegation")} className="font-semibold text-brand-700 underline underline-offset-4">
              {getTranslator(locale, "delegation")("linkAction")}
            </SiteLink>
          </p>
          <div className="mt-8">
            <MessagesProvider locale={locale} messages={pickMessages(locale, ["register", "delegateGroup"])}>
              <RegistrationForm
                groups={DELEGATE_GROUPS}
                limits={REGISTRATION_LIMITS}
                action={submitRegistration.bind(null, locale)}
                sessions={sessions.map((session) => toOption(locale, session))}
                notice={<PrivacyNotice locale={locale} />}
              />
            </MessagesProvider>
          </div>
        </>
      ) : (
        <p className="mt-6 rounded-xl border border-brand-100 bg-brand-50 p-6 text-lg">
          {edition ? t("noSessions") : t("noEdition")}
        </p>
      )}
    </Container>
  );
}
