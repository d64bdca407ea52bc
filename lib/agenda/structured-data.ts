import { formatIsoWithOffset } from "@/lib/time/iso";
import type { AgendaSession } from "./public-queries";
import { seatsLeft } from "./rules";

type Localized = { title: string; description: string; leadUnit: string; venueName: string | null };

/**
 * schema.org `Event` of a session, for search engines. Times carry the event zone's offset; a session
 * without a venue (the communications campaign) is presented as online, at its own page.
 */
export function sessionEventJsonLd(
  session: Pick<AgendaSession, "startsAt" | "endsAt" | "status" | "venue" | "speakers" | "registrationOpen" | "capacity" | "seatsTaken">,
  text: Localized,
  options: { url: string; registerUrl: string | null; language: string; timeZone: string },
) {
  const left = seatsLeft(session);
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: text.title,
    description: text.description,
    startDate: formatIsoWithOffset(session.startsAt, options.timeZone),
    endDate: formatIsoWithOffset(session.endsAt, options.timeZone),
    eventStatus: session.status === "CANCELLED" ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled",
    eventAttendanceMode: session.venue
      ? "https://schema.org/OfflineEventAttendanceMode"
      : "https://schema.org/OnlineEventAttendanceMode",
    location: session.venue
      ? {
          "@type": "Place",
          name: text.venueName,
          address: { "@type": "PostalAddress", streetAddress: session.venue.address, addressCountry: "VN" },
          ...(session.venue.latitude !== null && session.venue.longitude !== null
            ? { geo: { "@type": "GeoCoordinates", latitude: session.venue.latitude, longitude: session.venue.longitude } }
            : {}),
        }
      : { "@type": "VirtualLocation", url: options.url },
    organizer: { "@type": "Organization", name: text.leadUnit },
    ...(session.speakers.length > 0
      ? { performer: session.speakers.map((speaker) => ({ "@type": "Person", name: speaker.name })) }
      : {}),
    ...(options.registerUrl && left !== null
      ? {
          offers: {
            "@type": "Offer",
            price: 0,
            priceCurrency: "VND",
            url: options.registerUrl,
            availability: left > 0 ? "https://schema.org/InStock" : "https://schema.org/SoldOut",
          },
        }
      : {}),
    url: options.url,
    inLanguage: options.language,
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so that no text can close the script. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
