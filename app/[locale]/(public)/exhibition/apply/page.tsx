import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ApplicationForm } from "@/components/exhibition/application-form";
import { Container } from "@/components/ui/container";
import { contactOf, OrganiserContactDetails } from "@/components/edition/organiser-contact";
import { getCurrentEdition } from "@/lib/editions/queries";
import { isBeforeApplicationDeadline } from "@/lib/exhibition/rules";
import { currentTime } from "@/lib/time/clock";
import { formatCalendarDate } from "@/lib/time/format";
import { getCurrentExhibitionEdition, listExhibition } from "@/lib/exhibition/queries";
import { isLocale, localizedPath, type Locale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/localized";
import { formatMessage, getMessages } from "@/lib/i18n/translator";
import { APPLICATION_PATH } from "@/lib/exhibition/paths";
import { isEditionOpenTo } from "@/lib/editions/rules";

export const revalidate = 300;

type Props = { params: Promise<{ locale: string }> };

/** The current edition's exhibition while the edition is published (not yet archived); null otherwise. */
async function openExhibition(locale: Locale) {
  const edition = await getCurrentExhibitionEdition();
  if (!edition || !isEditionOpenTo(edition.status, "registration")) return null;
  const exhibition = await listExhibition(edition.year);
  if (!exhibition) return null;
  const event = exhibition.event;
  return {
    edition: pickLocalized(locale, edition.name, edition.nameEn),
    exhibition: event ? pickLocalized(locale, event.title, event.titleEn) : getMessages(locale).exhibition.title,
  };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const text = getMessages(locale).exhibitorApplication;
  const open = await openExhibition(locale);
  return {
    title: text.title,
    description: open ? formatMessage(text.metaDescription, { edition: open.edition }) : undefined,
    alternates: { canonical: localizedPath(locale, APPLICATION_PATH) },
  };
}

export default async function ExhibitorApplicationPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const messages = getMessages(locale);
  const text = messages.exhibitorApplication;
  const [exhibition, edition] = await Promise.all([openExhibition(locale), getCurrentEdition()]);
  const applyBy = edition?.exhibitionApplyBy ?? null;
  const open = exhibition && isBeforeApplicationDeadline(applyBy, currentTime()) ? exhibition : null;
  const terms = edition?.boothTerms ? pickLocalized(locale, edition.boothTerms, edition.boothTermsEn) : null;
  const desk = contactOf(edition?.contacts, "EXHIBITION") ?? contactOf(edition?.contacts, "GENERAL");
  return (
    <Container className="py-10 sm:py-14">
      <div className="mx-auto max-w-3xl">
        <h1 className="text-3xl font-bold text-brand-900 sm:text-4xl">{text.title}</h1>
        {open ? (
          <>
            <p className="mt-3 text-muted">{formatMessage(text.intro, { exhibition: open.exhibition })}</p>
            {(applyBy || terms) && (
              <dl className="mt-6 space-y-3 rounded-xl bg-brand-50 p-5">
                {applyBy && (
                  <div>
                    <dt className="font-bold text-brand-900">{text.deadline}</dt>
                    <dd>{formatMessage(text.deadlineText, { date: formatCalendarDate(applyBy) })}</dd>
                  </div>
                )}
                {terms && (
                  <div>
                    <dt className="font-bold text-brand-900">{text.boothTerms}</dt>
                    <dd className="whitespace-pre-line">{terms}</dd>
                  </div>
                )}
              </dl>
            )}
            <div className="mt-8">
              <ApplicationForm locale={locale} text={text} categoryLabels={messages.boothCategory} />
            </div>
          </>
        ) : (
          <div className="mt-8 rounded-xl border border-dashed border-brand-700/30 p-8 text-center">
            <h2 className="text-xl font-bold text-brand-900">{text.closedTitle}</h2>
            <p className="mt-2 text-muted">{text.closedText}</p>
          </div>
        )}
        {desk && (
          <aside aria-labelledby="exhibition-desk" className="mt-10 rounded-xl bg-brand-50 p-6">
            <h2 id="exhibition-desk" className="font-bold text-brand-900">
              {messages.contacts.EXHIBITION}
            </h2>
            <div className="mt-2">
              <OrganiserContactDetails locale={locale} contact={desk} />
            </div>
          </aside>
        )}
      </div>
    </Container>
  );
}
