import { SiteLink } from "@/components/ui/site-link";
import type { ReactNode } from "react";
import { PrintButton } from "@/components/agenda/print-button";
import { PublishedContact } from "@/components/edition/organiser-contact";
import { Container } from "@/components/ui/container";
import { localizedPath, type Locale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/localized";
import { formatPhoneNumber } from "@/lib/i18n/phone";
import { getTranslator, pickMessages } from "@/lib/i18n/translator";
import { MessagesProvider } from "@/lib/i18n/client";
import { correctMyDetails, requestMyEmailChange } from "@/lib/registration/self-service-actions";
import { CorrectDetailsForm, EmailChangeForm } from "./self-service-forms";
import {
  addMySessions,
  cancelMyRegistration,
  eraseMyData,
  withdrawMyConsent,
  type ManageNotice,
  type ManageProblem,
} from "@/lib/registration/manage-actions";
import type { ManagedRegistration } from "@/lib/registration/delegate-store";
import type { RegistrableSession } from "@/lib/registration/session-queries";
import { formatDate } from "@/lib/time/format";
import { ManageForm } from "./manage-form";
import { SubmitButton } from "./submit-button";
import { SessionCheckbox } from "./session-checkbox";
import { sessionVenue, sessionWhen } from "./session-text";
import { SeatRow } from "./seat-row";
import { Ticket } from "./ticket";

type Props = {
  locale: Locale;
  token: string;
  registration: ManagedRegistration;
  qrSvg: string;
  addable: RegistrableSession[];
  welcome: boolean;
  confirm?: "cancel" | "erase";
  /** The held session whose drop awaits confirmation. */
  dropping?: string;
  /** The session just dropped, and whether its seat is still free to take back. */
  dropped?: { slug: string; title: string; titleEn: string | null; canRetake: boolean };
  notice?: ManageNotice;
  problem?: ManageProblem;
};

const NOTICE_KEYS = { added: "changed", dropped: "changed", cancelled: "cancelled", withdrawn: "withdrawn" } as const;
const PROBLEM_KEYS = {
  "invalid-link": "invalidLink",
  unavailable: "unexpected",
  "none-chosen": "addNone",
  "not-active": "notActive",
  unexpected: "unexpected",
} as const;
const OPTIONAL_PURPOSES = ["MEDIA", "NEWS"] as const;

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="border-t border-brand-100 pt-8 print:hidden">
      <h2 id={id} className="text-2xl font-bold text-brand-900">
        {title}
      </h2>
      <div className="mt-4">{children}</div>
    </section>
  );
}

function Banner({ tone, title, children }: { tone: "success" | "problem"; title?: string; children: ReactNode }) {
  const style = tone === "success" ? "border-green-700 bg-green-50" : "border-accent-600 bg-accent-100";
  return (
    <div role={tone === "success" ? "status" : "alert"} className={`rounded-lg border-2 p-4 print:hidden ${style}`}>
      {title && <p className="text-lg font-bold text-ink">{title}</p>}
      <p className={tone === "problem" ? "font-semibold text-accent-700" : undefined}>{children}</p>
    </div>
  );
}

const TWO_STEP_ACTIONS = { cancel: cancelMyRegistration, erase: eraseMyData } as const;

/**
 * Cancelling and erasing cannot be undone, so each takes two steps: a link (a GET that changes
 * nothing) shows the question, and only the button under it posts.
 */
function TwoStepAction({
  kind,
  locale,
  token,
  code,
  confirming,
}: {
  kind: keyof typeof TWO_STEP_ACTIONS;
  locale: Locale;
  token: string;
  code: string;
  confirming: boolean;
}) {
  const t = getTranslator(locale, "manage");
  const titleId = `${kind}-title`;
  return (
    <Section id={titleId} title={t(`${kind}Title`)}>
      <p>{t(`${kind}Text`)}</p>
      <div className="mt-4">
        {confirming ? (
          <div
            role="alertdialog"
            aria-labelledby={`${kind}-question`}
            className="rounded-lg border-2 border-accent-600 bg-accent-100 p-4"
          >
            <p id={`${kind}-question`} className="font-semibold">
              {t(`${kind}Question`, { code })}
            </p>
            <div className="mt-4 flex flex-wrap items-center gap-4">
              <ManageForm action={TWO_STEP_ACTIONS[kind]} token={token} locale={locale}>
                <SubmitButton label={t(`${kind}Confirm`)} pendingLabel={t(`${kind}Confirm`)} variant="danger" />
              </ManageForm>
              <SiteLink
                href={localizedPath(locale, `/my-registration/${token}`)}
                className="font-semibold text-brand-700 underline underline-offset-4"
              >
                {t("keep")}
              </SiteLink>
            </div>
          </div>
        ) : (
          <SiteLink href={`?confirm=${kind}#${titleId}`} className="font-semibold text-accent-700 underline underline-offset-4">
            {t(`${kind}Start`)}
          </SiteLink>
        )}
      </div>
    </Section>
  );
}

export function ManagePage({
  locale,
  token,
  registration,
  qrSvg,
  addable,
  welcome,
  confirm,
  dropping,
  dropped,
  notice,
  problem,
}: Props) {
  const t = getTranslator(locale, "manage");
  const form = getTranslator(locale, "register");
  const groups = getTranslator(locale, "delegateGroup");
  const isActive = registration.status === "ACTIVE";
  const manageHref = localizedPath(locale, `/my-registration/${token}`);
  const personal: [string, string | null][] = [
    [form("fullName"), registration.fullName],
    [form("position"), registration.position],
    [form("organization"), registration.organization],
    [form("group"), groups(registration.group)],
    [form("email"), registration.email],
    [form("phone"), formatPhoneNumber(registration.phone)],
    [form("province"), registration.province],
  ];

  return (
    <Container className="max-w-4xl space-y-8 py-10 sm:py-14">
      {welcome && (
        <Banner tone="success" title={t("welcomeTitle")}>
          {t("welcomeText", { email: registration.email ?? "" })}
        </Banner>
      )}
      {notice === "dropped" && dropped ? (
        <DroppedBanner locale={locale} token={token} dropped={dropped} />
      ) : (
        notice && <Banner tone="success">{t(NOTICE_KEYS[notice])}</Banner>
      )}
      {problem && <Banner tone="problem">{t(PROBLEM_KEYS[problem])}</Banner>}

      <div className="print:hidden">
        <h1 className="text-3xl font-bold text-brand-900 sm:text-4xl">{t("title")}</h1>
        <p className="mt-2">
          <span className="text-muted">{t("codeLabel")}: </span>
          <span className="font-semibold">{registration.code}</span>
          <span
            className={`ml-3 rounded-full px-2.5 py-0.5 text-sm font-semibold ${isActive ? "bg-green-100 text-green-800" : "bg-accent-100 text-accent-700"}`}
          >
            {t(registration.status === "CANCELLED" ? "statusCANCELLED" : "statusACTIVE")}
          </span>
        </p>
        {registration.cancelledAt && (
          <p className="mt-3">{t("cancelledNotice", { date: formatDate(registration.cancelledAt) })}</p>
        )}
      </div>

      {isActive && (
        <Ticket
          locale={locale}
          registration={registration}
          qrSvg={qrSvg}
          actions={
            <>
              <PrintButton label={t("print")} />
              {/* A document of its own (not a client-side navigation): what the phone keeps is that page. */}
              <a
                href={`${manageHref}/ticket`}
                className="inline-flex min-h-11 items-center rounded-md bg-white px-4 py-2 font-semibold text-brand-800 ring-1 ring-brand-700/30 ring-inset hover:bg-brand-50"
              >
                {t("phoneTicket")}
              </a>
            </>
          }
        />
      )}

      {isActive && (
        <Section id="sessions-title" title={t("sessionsTitle")}>
          {registration.seats.length === 0 ? (
            <p>{t("noSeats")}</p>
          ) : (
            <ul className="space-y-3">
              {registration.seats.map((seat) => (
                <SeatRow
                  key={seat.session.slug}
                  locale={locale}
                  token={token}
                  seat={seat}
                  confirming={dropping === seat.session.slug}
                />
              ))}
            </ul>
          )}
          {registration.seats.length > 0 && (
            <p className="mt-4">
              <a
                href={`${manageHref}/calendar`}
                download
                className="inline-flex min-h-11 items-center rounded-md bg-white px-4 py-2 font-semibold text-brand-800 ring-1 ring-brand-700/30 ring-inset hover:bg-brand-50"
              >
                {t("calendar")}
              </a>
              <span className="mt-1 block text-sm text-muted">{t("calendarNote")}</span>
            </p>
          )}

          <h3 className="mt-8 text-xl font-bold text-brand-900">{t("addTitle")}</h3>
          {addable.length === 0 ? (
            <p className="mt-2">{t("addNothing")}</p>
          ) : (
            <ManageForm action={addMySessions} token={token} locale={locale} className="mt-3 space-y-3">
              <fieldset>
                <legend className="sr-only">{t("addTitle")}</legend>
                <ul className="space-y-3">
                  {addable.map((session) => (
                    <li key={session.slug}>
                      <SessionCheckbox
                        id={`add-${session.slug}`}
                        value={session.slug}
                        title={pickLocalized(locale, session.title, session.titleEn)}
                        details={`${sessionWhen(locale, session)} · ${sessionVenue(locale, session.venue)}`}
                        seatsLabel={session.seatsLeft > 0 ? form("seatsLeft", { count: session.seatsLeft }) : form("full")}
                        isFull={session.seatsLeft === 0}
                      />
                    </li>
                  ))}
                </ul>
              </fieldset>
              <SubmitButton label={t("addSubmit")} pendingLabel={t("addSubmit")} />
            </ManageForm>
          )}
        </Section>
      )}

      <Section id="data-title" title={t("dataTitle")}>
        <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
          {personal.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-semibold text-brand-900">{label}</dt>
              <dd className="break-words">{value}</dd>
            </div>
          ))}
        </dl>
        <MessagesProvider locale={locale} messages={pickMessages(locale, ["register", "selfService"])}>
          <div className="mt-6 grid gap-8 rounded-lg border border-brand-100 p-4 sm:p-5">
            <CorrectDetailsForm
              action={correctMyDetails}
              token={token}
              locale={locale}
              person={{
                fullName: registration.fullName ?? "",
                position: registration.position ?? "",
                organization: registration.organization ?? "",
                phone: formatPhoneNumber(registration.phone) ?? "",
              }}
            />
            <EmailChangeForm action={requestMyEmailChange} token={token} locale={locale} />
          </div>
        </MessagesProvider>
        <p className="mt-3 text-sm text-muted">{t("correction")}</p>
        <div className="mt-2 text-sm">
          <PublishedContact locale={locale} kind="GENERAL" />
        </div>
        <p className="mt-4">
          <a
            href={`${manageHref}/data`}
            download
            className="inline-flex min-h-11 items-center rounded-md bg-white px-4 py-2 font-semibold text-brand-800 ring-1 ring-brand-700/30 ring-inset hover:bg-brand-50"
          >
            {t("download")}
          </a>
        </p>

        <h3 className="mt-8 text-xl font-bold text-brand-900">{t("consentsTitle")}</h3>
        <ul className="mt-3 space-y-3">
          <li className="rounded-lg border border-brand-100 p-4">
            <ConsentLine locale={locale} registration={registration} purpose="REGISTRATION" />
            <p className="mt-1 text-sm text-muted">{t("registrationConsentNote")}</p>
          </li>
          {OPTIONAL_PURPOSES.map((purpose) => {
            const active = registration.consents.some((consent) => consent.purpose === purpose && !consent.withdrawnAt);
            return (
              <li
                key={purpose}
                className="flex flex-col gap-3 rounded-lg border border-brand-100 p-4 sm:flex-row sm:items-center sm:justify-between"
              >
                <ConsentLine locale={locale} registration={registration} purpose={purpose} />
                {active && (
                  <ManageForm action={withdrawMyConsent} token={token} locale={locale} className="shrink-0">
                    <input type="hidden" name="purpose" value={purpose} />
                    <SubmitButton
                      label={t("withdraw")}
                      pendingLabel={t("withdraw")}
                      variant="secondary"
                      ariaLabel={t("withdrawLabel", { purpose: t(`purpose${purpose}`) })}
                    />
                  </ManageForm>
                )}
              </li>
            );
          })}
        </ul>
      </Section>

      {isActive && (
        <TwoStepAction kind="cancel" locale={locale} token={token} code={registration.code} confirming={confirm === "cancel"} />
      )}

      <TwoStepAction kind="erase" locale={locale} token={token} code={registration.code} confirming={confirm === "erase"} />
    </Container>
  );
}

/** Names the session just dropped and, while its seat is still free, offers to take it back. */
function DroppedBanner({ locale, token, dropped }: { locale: Locale; token: string; dropped: NonNullable<Props["dropped"]> }) {
  const t = getTranslator(locale, "manage");
  const title = pickLocalized(locale, dropped.title, dropped.titleEn);
  return (
    <div role="status" className="rounded-lg border-2 border-green-700 bg-green-50 p-4 print:hidden">
      <p className="text-lg font-bold text-ink">{t("droppedSession", { session: title })}</p>
      {dropped.canRetake && (
        <ManageForm action={addMySessions} token={token} locale={locale} className="mt-3 flex flex-wrap items-center gap-3">
          <p>{t("retakeText")}</p>
          <input type="hidden" name="sessions" value={dropped.slug} />
          <SubmitButton
            label={t("retake")}
            pendingLabel={t("retake")}
            variant="secondary"
            ariaLabel={t("retakeLabel", { session: title })}
          />
        </ManageForm>
      )}
    </div>
  );
}

function ConsentLine({
  locale,
  registration,
  purpose,
}: {
  locale: Locale;
  registration: ManagedRegistration;
  purpose: "REGISTRATION" | "MEDIA" | "NEWS";
}) {
  const t = getTranslator(locale, "manage");
  const consent = registration.consents.findLast((candidate) => candidate.purpose === purpose);
  const state = !consent
    ? t("consentNotGiven")
    : consent.withdrawnAt
      ? t("consentWithdrawn", { date: formatDate(consent.withdrawnAt) })
      : t("consentGiven", { date: formatDate(consent.givenAt) });
  return (
    <p>
      <span className="font-semibold">{t(`purpose${purpose}`)}</span>
      <span className="text-muted"> — {state}</span>
    </p>
  );
}
