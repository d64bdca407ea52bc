import { EditionOverview } from "@/components/edition/edition-overview";
import { NoEdition } from "@/components/edition/no-edition";
import { getCurrentEdition } from "@/lib/editions/queries";
import { isLocale } from "@/lib/i18n/config";
import { notFound } from "next/navigation";

// Static, refreshed at most every five minutes and at once when organisers publish (revalidatePath).
export const revalidate = 300;

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const edition = await getCurrentEdition();
  return edition ? <EditionOverview locale={locale} edition={edition} /> : <NoEdition locale={locale} />;
}
