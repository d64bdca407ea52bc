import { describe, expect, it } from "vitest";
import { buildSessionList } from "@/lib/agenda/feeds/session-list";
import { parseEditionYear, sessionListQuerySchema } from "@/lib/agenda/feeds/params";
import { campaign, feedSite, makeEdition, tourismWorkshop } from "../../fixtures/feed-sessions";

describe("the public session list", () => {
  it("gives each session exactly the contract's fields, times with +07:00 and an absolute page URL", () => {
    const [workshop] = buildSessionList(makeEdition(), [tourismWorkshop()], feedSite);
    expect(workshop).toEqual({
      slug: "hoi-thao-chuyen-doi-so-du-lich",
      title: tourismWorkshop().title,
      titleEn: tourismWorkshop().titleEn,
      type: "WORKSHOP",
      startsAt: "2025-09-19T08:00:00+07:00",
      endsAt: "2025-09-19T11:30:00+07:00",
      venue: { name: "Xã Măng Đen", address: "Xã Măng Đen, tỉnh Quảng Ngãi" },
      leadUnit: { name: "Sở Khoa học và Công nghệ" },
      coordinatingUnits: [{ name: "Sở Văn hóa, Thể thao và Du lịch" }],
      capacity: 150,
      seatsLeft: 2,
      waitlistLength: 3,
      registrationOpen: true,
      url: "https://tuanle.example.vn/sessions/hoi-thao-chuyen-doi-so-du-lich",
      materials: [],
    });
  });

  it("leaves titleEn out when there is no English title, and the venue null when there is no venue", () => {
    const [entry] = buildSessionList(makeEdition(), [campaign()], feedSite);
    expect(entry).not.toHaveProperty("titleEn");
    expect(entry!.venue).toBeNull();
    expect(entry!.capacity).toBeNull();
    expect(entry!.seatsLeft).toBeNull();
  });

  it("never lists a cancelled session", () => {
    expect(buildSessionList(makeEdition(), [tourismWorkshop({ status: "CANCELLED" })], feedSite)).toEqual([]);
  });

  it("links sessions of past editions to their edition's pages", () => {
    const [entry] = buildSessionList(makeEdition({ year: 2023 }), [campaign()], feedSite);
    expect(entry!.url).toBe("https://tuanle.example.vn/editions/2023/sessions/truyen-thong-su-kien");
  });
});

describe("session list parameters", () => {
  it("accept a search, a day, a venue slug and a session type", () => {
    const parsed = sessionListQuerySchema.parse({ q: " mang den ", day: "2025-09-19", venue: "xa-mang-den", type: "WORKSHOP" });
    expect(parsed).toEqual({ q: "mang den", day: "2025-09-19", venue: "xa-mang-den", type: "WORKSHOP" });
  });

  it("treat empty parameters as absent and ignore unknown ones", () => {
    expect(sessionListQuerySchema.parse({ q: "", day: "", venue: " ", lang: "en" })).toEqual({});
  });

  it.each([
    ["day", "19/09/2025"],
    ["day", "2025-02-30"],
    ["type", "PARTY"],
    ["venue", "Xã Măng Đen"],
    ["q", "x".repeat(201)],
  ])("refuse %s=%s with a message naming the parameter", (parameter, value) => {
    const result = sessionListQuerySchema.safeParse({ [parameter]: value });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual([parameter]);
    expect(result.error!.issues[0]!.message).toContain(parameter);
  });

  it("read a year only from four digits", () => {
    expect(parseEditionYear("2025")).toBe(2025);
    expect(parseEditionYear("abcd")).toBeNull();
    expect(parseEditionYear("2025.5")).toBeNull();
    expect(parseEditionYear("99999")).toBeNull();
  });
});
