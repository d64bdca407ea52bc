import type { Metadata } from "next";
import { SiteLink } from "@/components/ui/site-link";
import { notFound } from "next/navigation";
import { OfflineTicket } from "@/components/registration/offline-ticket";
import { Ticket } from "@/components/registration/ticket";
import { Container } from "@/components/ui/container";
import { isLocale, localizedPath } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { findTicketByManageToken } from "@/lib/registration/queries";

type Params = Promise<{ locale: string; token: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, token } = await params;
  if (!isLocale(locale)) return {};
  return {
    title: getTranslator(locale, "ticketPage")("metaTitle"),
    robots: { index: false, follow: false },
    referrer: "no-referrer",
    manifest: localizedPath(locale, `/my-registration/${encodeURIComponent(token)}/ticket/manifest`),
  };
}

// The ticket alone, to keep on the phone's home screen: it opens without a network at the door.
export default async function TicketPage({ params }: { params: Params }) {
  const { locale, token } = await params;
  if (!isLocale(locale)) notFound();
  const ticket = await findTicketByManageToken(token);
  if (!ticket) notFound();
  const t = getTranslator(locale, "ticketPage");
  return (
    <Container className="max-w-3xl py-8 sm:py-12">
      <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">
        {t("title", { name: ticket.registration.fullName ?? "" })}
      </h1>
      <p className="mt-2 text-muted">{t("intro")}</p>
      <OfflineTicket keptText={t("kept")} offlineText={t("offline")} />
      <div className="mt-6">
        <Ticket locale={locale} registration={ticket.registration} qrSvg={ticket.qrSvg} />
      </div>
      <p className="mt-6 text-sm text-muted">{t("homeScreen")}</p>
      <p className="mt-4">
        <SiteLink
          href={localizedPath(locale, `/my-registration/${encodeURIComponent(token)}`)}
          className="font-semibold text-brand-800 underline underline-offset-4"
        >
          {t("manageLink")}
        </SiteLink>
      </p>
    </Container>
  );
}
