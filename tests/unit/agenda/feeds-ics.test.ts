import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildCalendar, buildSessionCalendar } from "@/lib/agenda/feeds/ics";
import { campaign, exhibition, feedSite, makeEdition, makeSession, tourismWorkshop } from "../../fixtures/feed-sessions";

function parseEvents(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  return { calendar, events: calendar.getAllSubcomponents("vevent").map((vevent) => new ICAL.Event(vevent)) };
}

describe("the edition calendar", () => {
  const edition = makeEdition();
  const ics = buildCalendar({ edition, sessions: [tourismWorkshop(), exhibition(), campaign()], site: feedSite });

  it("is a publishable VCALENDAR named after the edition, in Vietnam's zone", () => {
    const { calendar } = parseEvents(ics);
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("prodid")).toMatch(/^-\/\//);
    expect(calendar.getFirstPropertyValue("calscale")).toBe("GREGORIAN");
    expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe(edition.name);
    expect(calendar.getFirstPropertyValue("x-wr-timezone")).toBe("Asia/Ho_Chi_Minh");
    const zone = calendar.getFirstSubcomponent("vtimezone")!;
    expect(zone.getFirstPropertyValue("tzid")).toBe("Asia/Ho_Chi_Minh");
    const standard = zone.getFirstSubcomponent("standard")!;
    expect(standard.getFirstPropertyValue("tzoffsetto")!.toString()).toBe("+07:00");
    expect(standard.getFirstPropertyValue("tzoffsetfrom")!.toString()).toBe("+07:00");
    expect(zone.getFirstSubcomponent("daylight")).toBeNull();
  });

  it("uses CRLF line endings and no line longer than 75 octets", () => {
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of ics.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
  });

  it("gives the workshop local times that round-trip to 08:00–11:30 in Quảng Ngãi (01:00Z)", () => {
    const workshop = parseEvents(ics).events.find((event) => event.summary.includes("du lịch"))!;
    expect(ics).toContain("DTSTART;TZID=Asia/Ho_Chi_Minh:20250919T080000");
    expect(workshop.startDate.zone.tzid).toBe("Asia/Ho_Chi_Minh");
    expect(workshop.startDate.toString()).toBe("2025-09-19T08:00:00");
    expect(workshop.startDate.toJSDate().toISOString()).toBe("2025-09-19T01:00:00.000Z");
    expect(workshop.endDate.toJSDate().toISOString()).toBe("2025-09-19T04:30:00.000Z");
  });

  it("describes each session with title, place, page, organisers and revision", () => {
    const workshop = parseEvents(ics).events.find((event) => event.summary.includes("du lịch"))!;
    expect(workshop.uid).toBe("9d3c1f7e-2b6a-4c8d-8e1f-a00000000001@tuanle.example.vn");
    expect(workshop.sequence).toBe(2);
    expect(workshop.summary).toBe(tourismWorkshop().title);
    expect(workshop.location).toBe("Xã Măng Đen, tỉnh Quảng Ngãi");
    expect(workshop.description).toContain("Bản đồ số, VR/AR; AI chatbot du lịch");
    expect(workshop.description).toContain("Đơn vị chủ trì: Sở Khoa học và Công nghệ");
    expect(workshop.description).toContain("Đơn vị phối hợp: Sở Văn hóa, Thể thao và Du lịch");
    expect(workshop.description).toContain("Nguyễn Văn An (Chủ trì)");
    expect(workshop.description).toContain("Giờ dự kiến");
    expect(workshop.component.getFirstPropertyValue("url")).toBe(
      "https://tuanle.example.vn/sessions/hoi-thao-chuyen-doi-so-du-lich",
    );
    expect(workshop.component.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(workshop.component.getFirstPropertyValue("geo")).toEqual([14.6102, 108.2735]);
    const instantOf = (name: string) => (workshop.component.getFirstPropertyValue(name) as ICAL.Time).toJSDate().toISOString();
    expect(instantOf("last-modified")).toBe("2025-08-15T02:00:00.000Z");
    expect(instantOf("dtstamp")).toBe("2025-08-15T02:00:00.000Z");
  });

  it("keeps a multi-day session as one event over its whole span", () => {
    const show = parseEvents(ics).events.find((event) => event.summary.startsWith("Triển lãm"))!;
    expect(show.startDate.toJSDate().toISOString()).toBe("2025-09-25T01:00:00.000Z");
    expect(show.endDate.toJSDate().toISOString()).toBe("2025-09-26T10:00:00.000Z");
  });

  it("leaves out the location of a session held without a venue", () => {
    const campaignEvent = parseEvents(ics).events.find((event) => event.summary === "Truyền thông sự kiện")!;
    expect(campaignEvent.location).toBeNull();
  });

  it("is identical for identical data, so its ETag only changes with the programme", () => {
    expect(buildCalendar({ edition, sessions: [tourismWorkshop(), exhibition(), campaign()], site: feedSite })).toBe(ics);
  });
});

describe("a cancelled session in the calendar", () => {
  it("stays in the feed, marked CANCELLED and with a title that says so", () => {
    const ics = buildCalendar({
      edition: makeEdition(),
      sessions: [tourismWorkshop({ status: "CANCELLED", sequence: 3 })],
      site: feedSite,
    });
    const [event] = parseEvents(ics).events;
    expect(event!.component.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(event!.sequence).toBe(3);
    expect(event!.summary.startsWith("Đã hủy: ")).toBe(true);
  });
});

describe("sessions of past editions", () => {
  it("link to the edition's own session pages", () => {
    const ics = buildCalendar({
      edition: makeEdition({ year: 2023 }),
      sessions: [makeSession({ slug: "hoi-thao-nong-nghiep" })],
      site: feedSite,
    });
    expect(parseEvents(ics).events[0]!.component.getFirstPropertyValue("url")).toBe(
      "https://tuanle.example.vn/editions/2023/sessions/hoi-thao-nong-nghiep",
    );
  });
});

describe("an edition in a zone with daylight saving time", () => {
  it("writes UTC times rather than an incomplete time zone", () => {
    const ics = buildCalendar({
      edition: makeEdition({ timeZone: "Europe/Paris" }),
      sessions: [makeSession({ startsAt: new Date("2025-09-19T07:00:00Z"), endsAt: new Date("2025-09-19T09:00:00Z") })],
      site: feedSite,
    });
    expect(ics).not.toContain("BEGIN:VTIMEZONE");
    expect(ics).toContain("DTSTART:20250919T070000Z");
    expect(parseEvents(ics).events[0]!.startDate.toJSDate().toISOString()).toBe("2025-09-19T07:00:00.000Z");
  });
});

describe("the calendar of one session", () => {
  it("holds that session alone and is named after it", () => {
    const session = tourismWorkshop();
    const { calendar, events } = parseEvents(buildSessionCalendar(makeEdition(), session, feedSite));
    expect(events).toHaveLength(1);
    expect(events[0]!.uid).toBe(`${session.id}@tuanle.example.vn`);
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe(session.title);
  });
});
