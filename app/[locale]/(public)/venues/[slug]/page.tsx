import { loadVenuePage, venueMetadata, VenuePage } from "@/components/agenda/venue-page";
import { readSitemapData } from "@/lib/agenda/queries";

export const revalidate = 300;
export const dynamicParams = true;

export async function generateStaticParams() {
  const { venues } = await readSitemapData();
  return venues.map((venue) => ({ slug: venue.slug }));
}

type Props = { params: Promise<{ locale: string; slug: string }> };

export function generateMetadata({ params }: Props) {
  return venueMetadata(params);
}

export default async function VenueRoute({ params }: Props) {
  return <VenuePage {...await loadVenuePage(params)} />;
}
