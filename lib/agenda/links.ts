/** `20250919T010000Z`: the UTC "basic" form Google Calendar expects in `dates`. */
function basicUtc(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/**
 * A Google Calendar "add event" link. Times go as UTC instants, so the event lands at the right hour
 * whatever the visitor's zone; `ctz` only picks the zone Google shows the form in.
 */
export function googleCalendarUrl(event: {
  title: string;
  startsAt: Date;
  endsAt: Date;
  details?: string;
  location?: string;
  timeZone?: string;
}): string {
  const params = new URLSearchParams({
    action: "TEMPLATE",
    text: event.title,
    dates: `${basicUtc(event.startsAt)}/${basicUtc(event.endsAt)}`,
  });
  // Google refuses over-long URLs; a page link in the details says the rest.
  if (event.details) params.set("details", event.details.slice(0, 1500));
  if (event.location) params.set("location", event.location);
  if (event.timeZone) params.set("ctz", event.timeZone);
  return `https://calendar.google.com/calendar/render?${params.toString()}`;
}

/** A Google Maps search link: exact coordinates when the venue has them, else its name and address. */
export function mapSearchUrl(venue: { name: string; address: string; latitude: number | null; longitude: number | null }): string {
  const query =
    venue.latitude !== null && venue.longitude !== null
      ? `${venue.latitude},${venue.longitude}`
      : venue.address.includes(venue.name)
        ? venue.address
        : `${venue.name}, ${venue.address}`;
  return `https://www.google.com/maps/search/?${new URLSearchParams({ api: "1", query }).toString()}`;
}

export function facebookShareUrl(pageUrl: string): string {
  return `https://www.facebook.com/sharer/sharer.php?${new URLSearchParams({ u: pageUrl }).toString()}`;
}

/** Path of a session's own calendar file (served by the feeds under app/api/v1). */
export function sessionIcsPath(year: number, slug: string): string {
  return `/api/v1/editions/${year}/sessions/${encodeURIComponent(slug)}.ics`;
}
