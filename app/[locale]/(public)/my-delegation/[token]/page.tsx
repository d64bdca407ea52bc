import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DelegationPage } from "@/components/registration/delegation-page";
import { isLocale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { getDelegationByToken } from "@/lib/registration/queries";

type Params = Promise<{ locale: string; token: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  // The URL is a secret: keep it out of search engines and out of Referer headers.
  return { title: getTranslator(locale, "delegation")("metaTitle"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

// Reading only: opening the link (mail scanners do) never changes anything; cancelling is a POST.
export default async function MyDelegationPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale, token } = await params;
  if (!isLocale(locale)) notFound();
  const [delegation, query] = await Promise.all([getDelegationByToken(token), searchParams]);
  if (!delegation) notFound();
  const notice = query.registered === "1" ? "registered" : query.done === "cancelled" ? "cancelled" : undefined;
  return <DelegationPage locale={locale} token={token} delegation={delegation} notice={notice} />;
}
