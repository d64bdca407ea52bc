import type { Metadata } from "next";
import { SiteLink } from "@/components/ui/site-link";
import { notFound } from "next/navigation";
import { ButtonLink } from "@/components/ui/button-link";
import { Container } from "@/components/ui/container";
import { facebookShareUrl, googleCalendarUrl, mapSearchUrl, sessionIcsPath } from "@/lib/agenda/links";
import { agendaPath, sessionPath, venuePath } from "@/lib/agenda/paths";
import { addressBeyondName, excerpt, venueLine } from "@/lib/agenda/present";
import { getCurrentEditionYear, getEditionSession, type AgendaEdition, type AgendaSession } from "@/lib/agenda/queries";
import { hasTakenPlace, seatsLeft } from "@/lib/agenda/rules";
import { sessionEventJsonLd, serializeJsonLd } from "@/lib/agenda/structured-data";
import { isLocale, localizedPath, type Locale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/localized";
import { getTranslator } from "@/lib/i18n/translator";
import { publicPageMetadata, publicUrl } from "@/lib/seo/page-metadata";
import { currentTime } from "@/lib/time/clock";
import { formatDateTime, formatDate, formatTime } from "@/lib/time/format";
import { ExternalLink } from "./external-link";
import { SessionMaterials } from "./session-materials";
import { ShareButtons } from "./share-buttons";

type SessionParams = Promise<{ locale: string; slug: string; year?: string }>;

/** The session a page's params name (the current edition's when there is no year segment), or a 404. */
export async function loadSessionPage(params: SessionParams) {
  const { locale, slug, year } = await params;
  if (!isLocale(locale)) notFound();
  if (year !== undefined && !/^\d{4}$/.test(year)) notFound();
  const currentYear = await getCurrentEditionYear();
  const editionYear = year === undefined ? currentYear : Number(year);
  const found = editionYear === null ? null : await getEditionSession(editionYear, slug);
  if (!found) notFound();
  return { locale, currentYear, ...found };
}

function localizedText(locale: Locale, session: AgendaSession) {
  return {
    title: pickLocalized(locale, session.title, session.titleEn),
    content: pickLocalized(locale, session.content, session.contentEn),
    participants: pickLocalized(locale, session.participants, session.participantsEn),
    leadUnit: pickLocalized(locale, session.leadUnit.name, session.leadUnit.nameEn),
    venueName: session.venue && pickLocalized(locale, session.venue.name, session.venue.nameEn),
  };
}

export async function sessionMetadata(params: SessionParams): Promise<Metadata> {
  const { locale, currentYear, edition, session } = await loadSessionPage(params);
  const text = localizedText(locale, session);
  const when = formatDateTime(session.startsAt, edition.timeZone);
  const where = text.venueName ? ` · ${text.venueName}` : "";
  return publicPageMetadata({
    locale,
    path: sessionPath(edition.year, session.slug, currentYear),
    title: text.title,
    description: excerpt(`${when}${where}. ${text.content}`),
    type: "article",
  });
}

/** `19/09/2025 08:00 – 11:30`, or both dates when the session spans days. */
function timeRange(session: AgendaSession, timeZone: string): string {
  const sameDay = formatDate(session.startsAt, timeZone) === formatDate(session.endsAt, timeZone);
  const end = sameDay ? formatTime(session.endsAt, timeZone) : formatDateTime(session.endsAt, timeZone);
  return `${formatDateTime(session.startsAt, timeZone)} – ${end}`;
}

const sectionTitle = "text-xl font-bold text-brand-900";
const factTerm = "text-sm font-semibold text-brand-800";
const outlineLink =
  "inline-flex min-h-11 items-center gap-2 rounded-md bg-white px-4 py-2 text-sm font-semibold text-brand-800 ring-1 ring-brand-700/30 ring-inset hover:bg-brand-50";

export function SessionPage({
  locale,
  currentYear,
  edition,
  session,
}: {
  locale: Locale;
  currentYear: number | null;
  edition: AgendaEdition;
  session: AgendaSession;
}) {
  const t = getTranslator(locale, "session");
  const agendaT = getTranslator(locale, "agenda");
  const types = getTranslator(locale, "sessionType");
  const roles = getTranslator(locale, "speakerRole");
  const common = getTranslator(locale, "common");
  const text = localizedText(locale, session);
  const unitName = (unit: { name: string; nameEn: string | null }) => pickLocalized(locale, unit.name, unit.nameEn);
  const pageUrl = publicUrl(locale, sessionPath(edition.year, session.slug, currentYear));
  const isCancelled = session.status === "CANCELLED";
  const isPast = edition.status === "ARCHIVED";
  const tookPlace = hasTakenPlace(session, currentTime());
  const canRegister = session.registrationOpen && !isCancelled && !isPast && !tookPlace;
  const left = seatsLeft(session);
  const registerPath = localizedPath(locale, `/register?session=${encodeURIComponent(session.slug)}`);
  const location = session.venue ? venueLine(text.venueName ?? session.venue.name, session.venue.address) : undefined;
  const venueAddress = session.venue ? addressBeyondName(session.venue.name, session.venue.address) : "";
  const jsonLd = sessionEventJsonLd(
    session,
    { ...text, description: excerpt(text.content, 300) },
    {
      url: pageUrl,
      registerUrl: canRegister ? publicUrl(locale, `/register?session=${encodeURIComponent(session.slug)}`) : null,
      language: locale,
      timeZone: edition.timeZone,
    },
  );

  return (
    <Container className="py-8 sm:py-12">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(jsonLd) }} />
      <nav aria-label={t("breadcrumb")} className="text-sm print:hidden">
        <SiteLink
          href={localizedPath(locale, agendaPath(edition.year, currentYear))}
          className="inline-flex min-h-11 items-center gap-1 font-semibold text-brand-700 underline-offset-4 hover:underline"
        >
          <span aria-hidden="true">←</span> {t("backToAgenda")}
        </SiteLink>
      </nav>

      {isCancelled && (
        <div role="note" className="mt-4 rounded-lg bg-accent-700 px-5 py-4 text-white">
          <p className="text-lg font-bold uppercase">{t("cancelledTitle")}</p>
          <p className="mt-1">{t("cancelledText")}</p>
        </div>
      )}
      {isPast && !isCancelled && (
        <p className="mt-4 rounded-md border-l-4 border-gold-400 bg-brand-50 px-4 py-3 font-semibold text-brand-900">
          {t("archivedNotice", { year: edition.year })}
        </p>
      )}

      <header className="mt-4">
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <span className="rounded-full bg-accent-100 px-3 py-1 font-semibold text-accent-700">{types(session.type)}</span>
          {tookPlace && !isCancelled && (
            <span className="rounded-full bg-brand-100 px-3 py-1 font-semibold text-brand-900">{t("tookPlace")}</span>
          )}
          <span className="font-semibold text-muted">{pickLocalized(locale, edition.name, edition.nameEn)}</span>
        </p>
        <h1 className={`mt-3 max-w-4xl text-2xl leading-tight font-bold text-balance text-brand-900 sm:text-4xl ${isCancelled ? "line-through decoration-accent-600/60" : ""}`}>
          {text.title}
        </h1>
      </header>

      <div className="mt-8 grid gap-10 lg:grid-cols-[minmax(0,1fr)_22rem] lg:gap-y-6">
        <div className="space-y-10 lg:row-span-2">
          {text.content && (
            <section aria-labelledby="session-content">
              <h2 id="session-content" className={sectionTitle}>{t("content")}</h2>
              <p className="mt-3 leading-relaxed whitespace-pre-line">{text.content}</p>
            </section>
          )}
          {text.participants && (
            <section aria-labelledby="session-participants">
              <h2 id="session-participants" className={sectionTitle}>{t("participants")}</h2>
              <p className="mt-3 leading-relaxed whitespace-pre-line">{text.participants}</p>
            </section>
          )}
          {session.speakers.length > 0 && (
            <section aria-labelledby="session-speakers">
              <h2 id="session-speakers" className={sectionTitle}>{t("speakers")}</h2>
              <ul className="mt-3 grid gap-3 sm:grid-cols-2">
                {session.speakers.map((speaker) => (
                  <li key={`${speaker.role}-${speaker.name}`} className="rounded-lg border border-brand-100 p-4">
                    <p className="text-xs font-bold tracking-wider text-accent-700 uppercase">{roles(speaker.role)}</p>
                    <p className="mt-1 font-bold text-ink">{speaker.name}</p>
                    {(speaker.position || speaker.organization) && (
                      <p className="text-sm text-muted">{[speaker.position, speaker.organization].filter(Boolean).join(", ")}</p>
                    )}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <SessionMaterials locale={locale} materials={session.materials} titleClass={sectionTitle} />
        </div>

        {/* On a phone the facts and the register button come before the description (order-first);
            the calendar and sharing stay after it. */}
        <div className="order-first space-y-6 lg:order-none">
          <section aria-labelledby="session-facts" className="rounded-xl border border-brand-100 bg-brand-50 p-5">
            <h2 id="session-facts" className="sr-only">{t("details")}</h2>
            <dl className="space-y-4">
              <div>
                <dt className={factTerm}>{t("when")}</dt>
                <dd className="mt-1 text-lg font-bold text-ink">
                  <time dateTime={session.startsAt.toISOString()}>{timeRange(session, edition.timeZone)}</time>
                </dd>
                {session.timesProvisional && (
                  <dd className="mt-2 rounded-md bg-white px-3 py-2 text-sm font-semibold ring-1 ring-gold-400">
                    {common("provisionalTimes")}
                  </dd>
                )}
              </div>
              <div>
                <dt className={factTerm}>{t("venue")}</dt>
                {session.venue ? (
                  <>
                    <dd className="mt-1 font-semibold">
                      <SiteLink href={localizedPath(locale, venuePath(session.venue.slug))} className="text-brand-700 underline-offset-4 hover:underline">
                        {text.venueName}
                      </SiteLink>
                    </dd>
                    {venueAddress && <dd className="text-sm text-muted">{venueAddress}</dd>}
                    <dd className="mt-1 text-sm">
                      <ExternalLink locale={locale} href={mapSearchUrl(session.venue)} className="font-semibold text-brand-700 underline underline-offset-4">
                        {agendaT("mapLink")}
                      </ExternalLink>
                    </dd>
                  </>
                ) : (
                  <dd className="mt-1">{common("noVenue")}</dd>
                )}
              </div>
              <div>
                <dt className={factTerm}>{t("leadUnit")}</dt>
                <dd className="mt-1">{text.leadUnit}</dd>
              </div>
              {session.coordinatingUnits.length > 0 && (
                <div>
                  <dt className={factTerm}>{t("coordinatingUnits")}</dt>
                  <dd className="mt-1">
                    <ul className="list-disc space-y-0.5 pl-5">
                      {session.coordinatingUnits.map((unit) => (
                        <li key={unit.id}>{unitName(unit)}</li>
                      ))}
                    </ul>
                  </dd>
                </div>
              )}
            </dl>
          </section>

          {!isCancelled && !isPast && (
            <section aria-labelledby="session-registration" className="rounded-xl border border-brand-100 p-5 print:hidden">
              <h2 id="session-registration" className="text-lg font-bold text-brand-900">{t("registration")}</h2>
              {tookPlace ? (
                <p className="mt-2 font-semibold text-ink">{t("tookPlaceText")}</p>
              ) : canRegister ? (
                <>
                  {left !== null && (
                    <p className="mt-2 font-semibold text-ink">{left > 0 ? t("seatsLeft", { count: left }) : t("full")}</p>
                  )}
                  <div className="mt-4">
                    <ButtonLink href={registerPath}>{t("register")}</ButtonLink>
                  </div>
                </>
              ) : (
                <p className="mt-2 text-muted">{t("registrationClosed")}</p>
              )}
            </section>
          )}
        </div>

        <div className="space-y-6">
          {!isCancelled && (
            <section aria-labelledby="session-calendar" className="print:hidden">
              <h2 id="session-calendar" className="text-lg font-bold text-brand-900">{t("addToCalendar")}</h2>
              <div className="mt-3 flex flex-wrap gap-2">
                <a href={sessionIcsPath(edition.year, session.slug)} className={outlineLink} download>
                  {t("icsFile")}
                </a>
                <ExternalLink
                  locale={locale}
                  href={googleCalendarUrl({
                    title: text.title,
                    startsAt: session.startsAt,
                    endsAt: session.endsAt,
                    details: `${excerpt(text.content, 600)}\n\n${pageUrl}`,
                    location,
                    timeZone: edition.timeZone,
                  })}
                  className={outlineLink}
                >
                  {t("googleCalendar")}
                </ExternalLink>
              </div>
            </section>
          )}

          <section aria-labelledby="session-share" className="print:hidden">
            <h2 id="session-share" className="text-lg font-bold text-brand-900">{t("share")}</h2>
            <div className="mt-3 flex flex-wrap gap-2">
              <ExternalLink locale={locale} href={facebookShareUrl(pageUrl)} className={outlineLink}>
                {t("shareFacebook")}
              </ExternalLink>
              <ShareButtons
                url={pageUrl}
                title={text.title}
                labels={{
                  zalo: t("shareZalo"),
                  copy: t("copyLink"),
                  copied: t("copied"),
                  copiedForZalo: t("copiedForZalo"),
                  copyFailed: t("copyFailed"),
                }}
              />
            </div>
          </section>
        </div>
      </div>
    </Container>
  );
}
