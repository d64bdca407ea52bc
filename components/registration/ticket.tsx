import type { Locale } from "@/lib/i18n/config";
import { pickLocalized } from "@/lib/i18n/localized";
import { getTranslator } from "@/lib/i18n/translator";
import type { ManagedRegistration } from "@/lib/registration/delegate-store";
import { sessionVenue, sessionWhen } from "./session-text";

type TicketSeat = ManagedRegistration["seats"][number];

function seatStatusLabel(locale: Locale, seat: TicketSeat): string {
  const t = getTranslator(locale, "manage");
  return seat.status === "CONFIRMED" ? t("confirmed") : t("waitlisted", { position: seat.waitlistPosition ?? "?" });
}

export function SeatSummary({ locale, seat }: { locale: Locale; seat: TicketSeat }) {
  const { session } = seat;
  return (
    <>
      <span className="block font-semibold text-ink">{pickLocalized(locale, session.title, session.titleEn)}</span>
      <span className="mt-1 block text-sm text-muted">
        <time dateTime={session.startsAt.toISOString()}>{sessionWhen(locale, session)}</time> ·{" "}
        {sessionVenue(locale, session.venue)}
      </span>
      <span
        className={`mt-2 inline-block rounded-full px-2.5 py-0.5 text-sm font-semibold ${
          seat.status === "CONFIRMED" ? "bg-green-100 text-green-800" : "bg-accent-100 text-accent-700"
        }`}
      >
        {seatStatusLabel(locale, seat)}
      </span>
    </>
  );
}

/** The delegate's ticket: what check-in staff scan, and what prints on one page. */
export function Ticket({
  locale,
  registration,
  qrSvg,
  actions,
}: {
  locale: Locale;
  registration: ManagedRegistration;
  qrSvg: string;
  actions?: React.ReactNode;
}) {
  const t = getTranslator(locale, "manage");
  const confirmed = registration.seats.filter((seat) => seat.status === "CONFIRMED");
  return (
    <section
      aria-labelledby="ticket-title"
      className="rounded-2xl border-2 border-brand-800 bg-white p-5 shadow-sm sm:p-8 print:border-black print:shadow-none"
    >
      <div className="flex flex-col gap-6 sm:flex-row sm:items-start">
        <div
          role="img"
          aria-label={t("qrLabel", { code: registration.code })}
          className="mx-auto w-56 shrink-0 sm:mx-0 [&_svg]:h-auto [&_svg]:w-full"
          dangerouslySetInnerHTML={{ __html: qrSvg }}
        />
        <div className="min-w-0 flex-1">
          <h2 id="ticket-title" className="text-sm font-semibold tracking-wide text-muted uppercase">
            {t("ticketTitle")} · {pickLocalized(locale, registration.edition.name, registration.edition.nameEn)}
          </h2>
          <p className="mt-3 text-sm text-muted">{t("codeLabel")}</p>
          <p className="font-mono text-3xl font-bold tracking-wider text-brand-900" data-testid="registration-code">
            {registration.code}
          </p>
          <p className="mt-3 text-lg font-semibold">{registration.fullName}</p>
          <p className="text-muted">{[registration.position, registration.organization].filter(Boolean).join(", ")}</p>
          <p className="mt-3 text-sm">{t("ticketNote")}</p>
          {actions && <div className="mt-4 flex flex-wrap gap-3 print:hidden">{actions}</div>}
        </div>
      </div>
      {confirmed.length > 0 && (
        <ul className="mt-6 hidden space-y-3 border-t border-brand-100 pt-4 print:block">
          {confirmed.map((seat) => (
            <li key={seat.session.slug}>
              <SeatSummary locale={locale} seat={seat} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
