import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MediaKitSections } from "@/components/media/media-kit-page";
import { Container } from "@/components/ui/container";
import { isLocale, localizedPath } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/translator";
import { mediaKitZipPath } from "@/lib/media/paths";
import { getPressMediaKit } from "@/lib/press/queries";

// A journalist's own page of full-resolution media, `?t=<token>`. The URL is the secret: rendered per
// request (the pass may be withdrawn), never indexed, and no Referer leaves it. The token travels in the
// query because it contains dots, and proxy.ts leaves paths that look like file names alone.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ t?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return {
    title: getTranslator(locale, "mediaKit")("pressTitle"),
    robots: { index: false, follow: false },
    referrer: "no-referrer",
  };
}

export default async function PressMediaPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale, "mediaKit");
  const token = (await searchParams).t;
  const press = typeof token === "string" ? await getPressMediaKit(token) : null;
  if (!press) {
    return (
      <Container className="py-16">
        <h1 className="text-3xl font-bold text-brand-900">{t("pressTitle")}</h1>
        <p className="mt-4" role="alert">
          {t("pressInvalid")}
        </p>
      </Container>
    );
  }
  return (
    <Container className="space-y-10 py-10">
      <div>
        <h1 className="text-3xl font-bold text-brand-900">{t("pressTitle")}</h1>
        <p className="mt-3 text-muted">{t("pressIntro", { name: press.journalist.fullName, outlet: press.journalist.outlet })}</p>
        <a
          href={mediaKitZipPath(press.kit.edition.year, press.token)}
          className="mt-6 inline-flex min-h-11 items-center rounded-md bg-accent-600 px-5 py-2.5 font-semibold text-white hover:bg-accent-700"
        >
          {t("downloadAll")}
        </a>
        <p className="mt-4">
          <a href={`${localizedPath(locale, "/bao-chi/tu-lieu/du-lieu")}?t=${encodeURIComponent(press.token)}`} className="font-semibold text-brand-700 underline underline-offset-4" download>
            {t("downloadMyData")}
          </a>
        </p>
      </div>
      <MediaKitSections locale={locale} kit={press.kit} press={press.token} />
    </Container>
  );
}
