import Link from "next/link";
import type { SessionWarning } from "@/lib/agenda/rules";
import { localizedPath, type Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { formatDateTime } from "@/lib/time/format";

/** What the organiser should check again; saving went through regardless. */
export function SessionWarnings({ locale, warnings }: { locale: Locale; warnings: SessionWarning[] }) {
  if (warnings.length === 0) return null;
  const t = getTranslator(locale, "adminSessions");
  return (
    <section aria-labelledby="session-warnings" className="mb-6 rounded-md border-l-4 border-gold-400 bg-gold-300/30 px-4 py-3">
      <h2 id="session-warnings" className="font-bold text-ink">
        {t("warningsTitle")}
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
