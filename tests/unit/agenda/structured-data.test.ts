import { describe, expect, it } from "vitest";
import { serializeJsonLd, sessionEventJsonLd } from "../../../lib/agenda/structured-data";

const base = {
  startsAt: new Date("2025-09-25T07:00:00Z"),
  endsAt: new Date("2025-09-25T08:30:00Z"),
  status: "PUBLISHED" as const,
  venue: { slug: "tt", name: "Trung tâm", nameEn: null, address: "Tỉnh Quảng Ngãi", latitude: null, longitude: null },
  speakers: [],
  registrationOpen: true,
  capacity: 850,
  seatsTaken: 850,
};
const text = { title: "Lễ khai mạc", description: "Khai mạc Tuần lễ", leadUnit: "Sở Khoa học và Công nghệ", venueName: "Trung tâm" };
const options = { url: "https://x.vn/sessions/le-khai-mac", registerUrl: "https://x.vn/register?session=le-khai-mac", language: "vi", timeZone: "Asia/Ho_Chi_Minh" };

describe("the schema.org Event of a session", () => {
  it("gives local times with the +07:00 offset, the place and the organiser", () => {
    const event = sessionEventJsonLd(base, text, options);
    expect(event).toMatchObject({
      "@type": "Event",
      name: "Lễ khai mạc",
      startDate: "2025-09-25T14:00:00+07:00",
      endDate: "2025-09-25T15:30:00+07:00",
      eventStatus: "https://schema.org/EventScheduled",
      eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
      location: { "@type": "Place", name: "Trung tâm", address: { streetAddress: "Tỉnh Quảng Ngãi", addressCountry: "VN" } },
      organizer: { "@type": "Organization", name: "Sở Khoa học và Công nghệ" },
    });
  });

  it("says sold out when no seat is left, and cancelled when cancelled", () => {
    expect(sessionEventJsonLd(base, text, options).offers).toMatchObject({ price: 0, availability: "https://schema.org/SoldOut" });
    const cancelled = sessionEventJsonLd({ ...base, status: "CANCELLED" }, text, { ...options, registerUrl: null });
    expect(cancelled.eventStatus).toBe("https://schema.org/EventCancelled");
    expect(cancelled).not.toHaveProperty("offers");
  });

  it("cannot be broken out of its script element", () => {
    expect(serializeJsonLd({ name: "</script><script>alert(1)</script>" })).not.toContain("</script>");
  });
});
