import type { EditionOverview } from "@/lib/editions/queries";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { countCalendarDays } from "@/lib/time/format";
import { Container } from "@/components/ui/container";

export function KeyFigures({ locale, edition }: { locale: Locale; edition: EditionOverview }) {
  const t = getTranslator(locale, "home");
  const figures = [
    edition.expectedAttendance ? { value: `${edition.expectedAttendance}+`, label: t("figureDelegates") } : null,
    { value: String(countCalendarDays(edition.startsOn, edition.endsOn)), label: t("figureDays") },
    { value: String(edition.sessions.length), label: t("figureSessions") },
    { value: String(edition.venues.length), label: t("figureVenues") },
  ].filter((figure) => figure !== null);
  return (
    <section aria-labelledby="figures-title" className="border-b border-brand-100 bg-brand-50">
      <Container className="py-10">
        <h2 id="figures-title" className="sr-only">
          {t("figuresTitle")}
        </h2>
        <dl className="grid grid-cols-2 gap-6 text-center lg:grid-cols-4">
          {figures.map((figure) => (
            <div
              key={figure.label}
              className="flex flex-col-reverse rounded-xl bg-white px-4 py-6 shadow-sm ring-1 ring-brand-100"
            >
              <dt className="mt-2 text-sm font-semibold text-muted">{figure.label}</dt>
              <dd className="text-4xl font-bold text-accent-600">{figure.value}</dd>
            </div>
          ))}
        </dl>
      </Container>
    </section>
  );
}
