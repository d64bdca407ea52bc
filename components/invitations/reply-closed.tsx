import { Container } from "@/components/ui/container";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { formatCalendarDate } from "@/lib/time/format";

/** The reply link after its period: what happened and how to reach the office, nothing of the invitation. */
export function ReplyClosed({ locale, lastDay, contact }: { locale: Locale; lastDay: Date; contact: string | null }) {
  const t = getTranslator(locale, "invitationReply");
  return (
    <Container className="max-w-3xl py-10">
      <h1 className="text-3xl font-bold text-brand-900">{t("closedTitle")}</h1>
      <p role="status" className="mt-4 rounded-md border-l-4 border-accent-600 bg-accent-100 px-4 py-3 font-semibold">
        {t("closed", { date: formatCalendarDate(lastDay) })}
      </p>
      <p className="mt-4">{contact ? t("closedContact", { contact }) : t("closedNoContact")}</p>
    </Container>
  );
}
