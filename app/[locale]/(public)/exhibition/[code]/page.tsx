import { BoothPage, boothMetadata, resolveBoothParams } from "@/components/exhibition/booth-page";

// Static per booth, rendered on first visit and refreshed every five minutes.
export const revalidate = 300;
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; code: string }> };

export function generateMetadata({ params }: Props) {
  return boothMetadata(params);
}

export default async function CurrentBoothPage({ params }: Props) {
  return <BoothPage {...await resolveBoothParams(params)} />;
}
