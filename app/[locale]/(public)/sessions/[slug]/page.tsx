import { loadSessionPage, sessionMetadata, SessionPage } from "@/components/agenda/session-page";
import { getCurrentEditionYear, listEditionSessions } from "@/lib/agenda/queries";

// The current edition's sessions are rendered at build time; others on first visit. All refresh every
// five minutes and at once when organisers publish (lib/agenda/revalidate.ts).
export const revalidate = 300;
export const dynamicParams = true;

export async function generateStaticParams() {
  const year = await getCurrentEditionYear();
  const result = year === null ? null : await listEditionSessions(year, {}, { includeCancelled: true });
  return result?.sessions.map((session) => ({ slug: session.slug })) ?? [];
}

type Props = { params: Promise<{ locale: string; slug: string }> };

export function generateMetadata({ params }: Props) {
  return sessionMetadata(params);
}

export default async function CurrentSessionPage({ params }: Props) {
  return <SessionPage {...await loadSessionPage(params)} />;
}
