import { notFound } from "next/navigation";
import { MediaKitPage, mediaKitMetadata } from "@/components/media/media-kit-page";
import { isLocale } from "@/lib/i18n/config";

// Static, refreshed every five minutes and at once when organisers publish (lib/media/actions.ts).
export const revalidate = 300;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return mediaKitMetadata(locale);
}

export default async function MediaKitRoute({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return <MediaKitPage locale={locale} />;
}
