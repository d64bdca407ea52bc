import { loadSessionPage, sessionMetadata, SessionPage } from "@/components/agenda/session-page";

// Sessions of past editions: rendered on first visit, then served statically and refreshed like the rest.
export const revalidate = 300;
export const dynamicParams = true;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; year: string; slug: string }> };

export function generateMetadata({ params }: Props) {
  return sessionMetadata(params);
}

export default async function EditionSessionPage({ params }: Props) {
  return <SessionPage {...await loadSessionPage(params)} />;
}
