import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ManagePage } from "@/components/registration/manage-page";
import { isLocale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import type { ManageNotice, ManageProblem } from "@/lib/registration/manage-actions";
import { getRegistrableSessions, getRegistrationByManageToken, getSessionTitles } from "@/lib/registration/queries";
import { renderQrSvg } from "@/lib/tickets/qr";
import { registrationTicketToken } from "@/lib/tickets/registration-ticket";

type Params = Promise<{ locale: string; token: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const NOTICES: readonly ManageNotice[] = ["added", "dropped", "cancelled", "withdrawn"];
const PROBLEMS: readonly ManageProblem[] = ["invalid-link", "unavailable", "none-chosen", "not-active", "unexpected"];

function pick<T extends string>(allowed: readonly T[], value: unknown): T | undefined {
  return allowed.find((candidate) => candidate === value);
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  // The URL is a secret: keep it out of search engines and out of Referer headers.
  return {
    title: getTranslator(locale, "manage")("metaTitle"),
    robots: { index: false, follow: false },
    referrer: "no-referrer",
  };
}

// Reading only: opening the link (mail scanners do) never changes anything; every change is a POST.
export default async function MyRegistrationPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale, token } = await params;
  if (!isLocale(locale)) notFound();
  const registration = await getRegistrationByManageToken(token);
  if (!registration) notFound();
  const [query, registrable, qrSvg] = await Promise.all([
    searchParams,
    getRegistrableSessions(),
    renderQrSvg(registrationTicketToken(registration)),
  ]);
  const held = new Set(registration.seats.map((seat) => seat.session.slug));
  const addable =
    registrable?.year === registration.edition.year ? registrable.sessions.filter((session) => !held.has(session.slug)) : [];
  const confirm = pick(["cancel", "erase", "drop"], query.confirm);
  const notice = pick(NOTICES, query.done);
  const slug = typeof query.session === "string" ? query.session : undefined;
  // Only a session the delegate holds can be asked about; only one no longer held can be named as dropped.
  const dropping = confirm === "drop" && slug && held.has(slug) ? slug : undefined;
  const droppedSession =
    notice === "dropped" && slug && !held.has(slug) ? await getSessionTitles(registration.edition.year, slug) : null;
  const retake = droppedSession ? addable.find((session) => session.slug === droppedSession.slug && session.seatsLeft > 0) : undefined;
  return (
    <ManagePage
      locale={locale}
      token={token}
      registration={registration}
      qrSvg={qrSvg}
      addable={addable}
      welcome={query.registered === "1"}
      confirm={confirm === "drop" ? undefined : confirm}
      dropping={dropping}
      dropped={droppedSession ? { ...droppedSession, canRetake: retake !== undefined } : undefined}
      notice={notice}
      problem={pick(PROBLEMS, query.problem)}
    />
  );
}
