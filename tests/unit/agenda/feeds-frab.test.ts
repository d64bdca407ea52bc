import { describe, expect, it } from "vitest";
import { buildFrabSchedule, type FrabEvent, type FrabSchedule } from "@/lib/agenda/feeds/frab";
import { renderFrabXml } from "@/lib/agenda/feeds/frab-xml";
import { validateFrabXml } from "../../setup/xmllint";
import { campaign, exhibition, feedSite, makeEdition, makeSession, tourismWorkshop } from "../../fixtures/feed-sessions";

const eventsOf = (schedule: FrabSchedule): FrabEvent[] =>
  schedule.schedule.conference.days.flatMap((day) => Object.values(day.rooms).flat());

describe("the frab schedule of an edition", () => {
  const schedule = buildFrabSchedule({
    edition: makeEdition(),
    sessions: [tourismWorkshop(), exhibition(), campaign()],
    site: feedSite,
  });
  const { conference } = schedule.schedule;

  it("describes the conference over the days of the Week, in Vietnam's zone", () => {
    expect(schedule.$schema).toBe("https://c3voc.de/schedule/schema.json");
    expect(schedule.schedule.base_url).toBe("https://tuanle.example.vn/");
    expect(conference.acronym).toMatch(/^[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?$/);
    expect(conference.title).toBe("Tuần lễ Đổi mới sáng tạo và Chuyển đổi số tỉnh Quảng Ngãi năm 2025");
    expect(conference.start).toBe("2025-09-19");
    expect(conference.end).toBe("2025-09-26");
    expect(conference.daysCount).toBe(8);
    expect(conference.time_zone_name).toBe("Asia/Ho_Chi_Minh");
    expect(conference.days.map((day) => day.index)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(conference.days[0]).toMatchObject({
      date: "2025-09-19",
      day_start: "2025-09-19T08:00:00+07:00",
      day_end: "2025-09-19T17:00:00+07:00",
    });
  });

  it("places the workshop in its venue on 19/9 at 08:00 for 3½ hours", () => {
    const workshop = conference.days[0]!.rooms["Xã Măng Đen"]![0]!;
    expect(workshop).toMatchObject({
      date: "2025-09-19T08:00:00+07:00",
      start: "08:00",
      duration: "03:30",
      room: "Xã Măng Đen",
      title: tourismWorkshop().title,
      track: "Hội thảo chuyên đề",
      type: "workshop",
      language: "vi",
      url: "https://tuanle.example.vn/sessions/hoi-thao-chuyen-doi-so-du-lich",
      persons: [{ name: "Nguyễn Văn An", public_name: "Nguyễn Văn An" }],
      links: [{ url: "https://tuanle.example.vn/sessions/hoi-thao-chuyen-doi-so-du-lich", type: "web" }],
      attachments: [],
    });
    expect(workshop.abstract).toContain("VR/AR");
    expect(workshop.description).toContain("Đơn vị chủ trì: Sở Khoa học và Công nghệ");
    expect(workshop.slug).toMatch(/^[a-z0-9_-]+[a-z0-9]$/);
    expect(workshop.guid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("shows the two-day exhibition on each of its days with its daily hours", () => {
    const shows = eventsOf(schedule).filter((event) => event.title.startsWith("Triển lãm"));
    expect(shows.map((event) => [event.date, event.duration])).toEqual([
      ["2025-09-25T08:00:00+07:00", "09:00"],
      ["2025-09-26T08:00:00+07:00", "09:00"],
    ]);
    expect(shows[0]!.subtitle).toBe("Diễn ra từ 25/09/2025 08:00 đến 26/09/2025 17:00");
  });

  it("shows the five-week campaign on the Week's days only, in the pseudo-room for sessions without a venue", () => {
    const campaignEvents = eventsOf(schedule).filter((event) => event.title === "Truyền thông sự kiện");
    expect(campaignEvents).toHaveLength(8);
    expect(new Set(campaignEvents.map((event) => event.room))).toEqual(new Set(["Trực tuyến"]));
    expect(conference.rooms.map((room) => room.name)).toContain("Trực tuyến");
  });

  it("gives every event a distinct guid, id and slug", () => {
    const events = eventsOf(schedule);
    expect(new Set(events.map((event) => event.guid)).size).toBe(events.length);
    expect(new Set(events.map((event) => event.id)).size).toBe(events.length);
    expect(new Set(events.map((event) => event.slug)).size).toBe(events.length);
    for (const event of events) expect(event.id).toBeGreaterThan(0);
  });

  it("keeps guids and ids when the schedule is rebuilt or other sessions are added", () => {
    const rebuilt = buildFrabSchedule({
      edition: makeEdition(),
      sessions: [makeSession({ title: "Phiên mới" }), tourismWorkshop({ title: "Tên mới" }), exhibition(), campaign()],
      site: feedSite,
    });
    const idsByGuid = (document: FrabSchedule) => new Map(eventsOf(document).map((event) => [event.guid, event.id]));
    const before = idsByGuid(schedule);
    const after = idsByGuid(rebuilt);
    for (const [guid, id] of before) expect(after.get(guid)).toBe(id);
  });

  it("lists only published sessions", () => {
    const withCancelled = buildFrabSchedule({
      edition: makeEdition(),
      sessions: [tourismWorkshop({ status: "CANCELLED" }), exhibition()],
      site: feedSite,
    });
    expect(eventsOf(withCancelled).map((event) => event.title)).not.toContain(tourismWorkshop().title);
  });

  it("adds the day of a session held outside the Week rather than dropping it", () => {
    const early = buildFrabSchedule({
      edition: makeEdition(),
      sessions: [makeSession({ startsAt: new Date("2025-09-17T02:00:00Z"), endsAt: new Date("2025-09-17T04:00:00Z") })],
      site: feedSite,
    });
    expect(early.schedule.conference.start).toBe("2025-09-17");
    expect(early.schedule.conference.daysCount).toBe(10);
    expect(eventsOf(early)).toHaveLength(1);
  });

  it("cuts a session that runs through the night at midnight", () => {
    const night = buildFrabSchedule({
      edition: makeEdition(),
      sessions: [makeSession({ startsAt: new Date("2025-09-20T13:00:00Z"), endsAt: new Date("2025-09-21T01:00:00Z") })],
      site: feedSite,
    });
    expect(eventsOf(night).map((event) => [event.date, event.duration])).toEqual([
      ["2025-09-20T20:00:00+07:00", "04:00"],
      ["2025-09-21T00:00:00+07:00", "08:00"],
    ]);
  });
});

describe("schedule.xml", () => {
  it("validates against the C3VOC XSD, with markup characters in the text", () => {
    const schedule = buildFrabSchedule({
      edition: makeEdition(),
      sessions: [tourismWorkshop({ title: "R&D <số> \"mở\" & 'đổi mới'", content: "a < b & c > d" }), exhibition(), campaign()],
      site: feedSite,
    });
    const xml = renderFrabXml(schedule);
    const result = validateFrabXml(xml);
    expect(result.errors).toContain("validates");
    expect(result.valid).toBe(true);
    expect(xml).toContain("<title>R&amp;D &lt;số&gt; &quot;mở&quot; &amp; 'đổi mới'</title>");
  });

  it("holds the same events as schedule.json", () => {
    const schedule = buildFrabSchedule({
      edition: makeEdition(),
      sessions: [tourismWorkshop(), exhibition(), campaign()],
      site: feedSite,
    });
    const xml = renderFrabXml(schedule);
    const xmlGuids = [...xml.matchAll(/<event id="(\d+)" guid="([^"]+)">/g)].map((match) => `${match[1]}/${match[2]}`);
    expect(xmlGuids.sort()).toEqual(
      eventsOf(schedule)
        .map((event) => `${event.id}/${event.guid}`)
        .sort(),
    );
  });

  it("is refused by the XSD when an event lacks its required parts (the validator really checks)", () => {
    const schedule = buildFrabSchedule({ edition: makeEdition(), sessions: [tourismWorkshop()], site: feedSite });
    const broken = renderFrabXml(schedule).replace(/<slug>[^<]*<\/slug>/, "");
    expect(validateFrabXml(broken).valid).toBe(false);
  });
});
