import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SubmitButton } from "@/components/registration/submit-button";
import { Container } from "@/components/ui/container";
import { isLocale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { readEmailChange } from "@/lib/registration/self-service-store";
import { confirmMyEmailChange } from "@/lib/registration/self-service-actions";

type Params = Promise<{ locale: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const RESULTS = { changed: "confirmDone", expired: "confirmExpired", invalid: "confirmInvalid", taken: "emailTaken" } as const;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  // The link is a secret: keep it out of search engines and out of Referer headers.
  return { title: getTranslator(locale, "selfService")("confirmMetaTitle"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

// Opening the link changes nothing (mail scanners open links): the button posts the change.
export default async function ConfirmEmailPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale, "selfService");
  const query = await searchParams;
  const result = typeof query.result === "string" && query.result in RESULTS ? (query.result as keyof typeof RESULTS) : null;
  const token = typeof query.t === "string" ? query.t : "";
  const check = result ? null : readEmailChange(token);
  const message = result ? t(RESULTS[result]) : check && !check.ok ? t(check.reason === "expired" ? "confirmExpired" : "confirmInvalid") : null;

  return (
    <Container className="max-w-2xl py-12 sm:py-16">
      <h1 className="text-3xl font-bold text-brand-900">{t("confirmTitle")}</h1>
      {message ? (
        <p role={result === "changed" ? "status" : "alert"} className="mt-6 rounded-lg border border-brand-100 bg-brand-50 p-4 text-lg">
          {message}
        </p>
      ) : (
        check?.ok && (
          <form action={confirmMyEmailChange} className="mt-6 space-y-4">
            <p className="text-lg">{t("confirmText", { email: check.change.to })}</p>
            <input type="hidden" name="t" value={token} />
            <input type="hidden" name="locale" value={locale} />
            <SubmitButton label={t("confirmSubmit")} pendingLabel={t("saving")} />
          </form>
        )
      )}
    </Container>
  );
}
