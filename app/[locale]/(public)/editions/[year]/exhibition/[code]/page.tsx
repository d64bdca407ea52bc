import { BoothPage, boothMetadata, resolveBoothParams } from "@/components/exhibition/booth-page";

// A booth of any public edition; static per booth like the current edition's (../../../../exhibition/[code]).
export const revalidate = 300;
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; year: string; code: string }> };

export function generateMetadata({ params }: Props) {
  return boothMetadata(params);
}

export default async function EditionBoothPage({ params }: Props) {
  return <BoothPage {...await resolveBoothParams(params)} />;
}
