import Link from "next/link";
import type { SessionWarning } from "@/lib/agenda/rules";
import { localizedPath, type Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { formatDateTime } from "@/lib/time/format";

type Props = { locale: Locale; warnings: SessionWarning[]; title?: string; headingId?: string };

/** What the organiser should check again: of the saved session, or of a draft of a change before it is published. */
export function SessionWarnings({ locale, warnings, title, headingId = "session-warnings" }: Props) {
  if (warnings.length === 0) return null;
  const t = getTranslator(locale, "adminSessions");
  return (
    <section aria-labelledby={headingId} className="mb-6 rounded-md border-l-4 border-gold-400 bg-gold-300/30 px-4 py-3">
      <h2 id={headingId} className="font-bold text-ink">
        {title ?? t("warningsTitle")}
      </h2>
      <ul className="mt-2 list-disc space-y-2 pl-5 text-ink">
        {warnings.map((warning) => (
          <li key={warning.kind}>
            {warning.kind === "venueClash" && (
              <>
                {t("warningVenueClash")}
                <ul className="mt-1 list-[circle] pl-5">
                  {warning.sessions.map((other) => (
                    <li key={other.id}>
                      <Link href={localizedPath(locale, `/admin/sessions/${other.id}`)} className="text-brand-700 underline underline-offset-4">
                        {other.title}
                      </Link>{" "}
                      ({formatDateTime(other.startsAt)} – {formatDateTime(other.endsAt)})
                    </li>
                  ))}
                </ul>
              </>
            )}
            {warning.kind === "outsideEdition" && t("warningOutsideEdition")}
            {warning.kind === "aboveVenueCapacity" && t("warningAboveVenueCapacity", { capacity: warning.venueCapacity })}
          </li>
        ))}
      </ul>
    </section>
  );
}
