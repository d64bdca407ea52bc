import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SessionMaterials } from "@/components/agenda/session-materials";
import { MaterialForm } from "@/components/materials/material-form";
import { Container } from "@/components/ui/container";
import { isLocale } from "@/lib/i18n/config";
import { getMessages, getTranslator } from "@/lib/i18n/translator";
import { getSpeakerUpload } from "@/lib/materials/queries";
import { formatDateTime } from "@/lib/time/format";

type Params = Promise<{ locale: string; token: string }>;

// Rendered per request: the link's expiry is checked against the clock each time.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  // The URL is a secret: keep it out of search engines and out of Referer headers.
  return { title: getTranslator(locale, "sessionMaterials")("speakerTitle"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

/** A speaker's page for publishing the slides of a session, opened from the signed link an organiser sent. */
export default async function SpeakerUploadPage({ params }: { params: Params }) {
  const { locale, token } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale, "sessionMaterials");
  const errors = getMessages(locale).sessionMaterials.errors;
  const upload = await getSpeakerUpload(decodeURIComponent(token));
  return (
    <Container className="max-w-3xl py-8 sm:py-12">
      <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("speakerTitle")}</h1>
      {upload.ok ? (
        <>
          <p className="mt-3">{t("speakerIntro", { session: upload.session.title, until: formatDateTime(upload.expiresAt) })}</p>
          <div className="mt-8 space-y-8">
            <SessionMaterials locale={locale} materials={upload.materials} titleClass="text-xl font-bold text-brand-900" />
            <MaterialForm url={`/api/speaker-materials/${encodeURIComponent(decodeURIComponent(token))}`} locale={locale} />
          </div>
        </>
      ) : (
        <p role="alert" className="mt-6 rounded-md border-l-4 border-accent-600 bg-accent-100 px-4 py-3 font-semibold text-accent-700">
          {upload.reason === "expired" ? errors.linkExpired : errors.linkInvalid}
        </p>
      )}
    </Container>
  );
}
