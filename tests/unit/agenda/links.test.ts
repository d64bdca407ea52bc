import { describe, expect, it } from "vitest";
import { facebookShareUrl, googleCalendarUrl, mapSearchUrl, sessionIcsPath } from "../../../lib/agenda/links";
import { excerpt, longDayLabel, shortDayLabel } from "../../../lib/agenda/present";

describe("the Google Calendar link", () => {
  const url = new URL(
    googleCalendarUrl({
      title: "Hội thảo “Chuyển đổi số du lịch” & AI",
      startsAt: new Date("2025-09-19T01:00:00Z"),
      endsAt: new Date("2025-09-19T04:30:00Z"),
      details: "Nội dung\nhttps://example.vn/sessions/a",
      location: "Xã Măng Đen, tỉnh Quảng Ngãi",
      timeZone: "Asia/Ho_Chi_Minh",
    }),
  );

  it("opens Google's event template with the title, place and details intact", () => {
    expect(url.origin + url.pathname).toBe("https://calendar.google.com/calendar/render");
    expect(url.searchParams.get("action")).toBe("TEMPLATE");
    expect(url.searchParams.get("text")).toBe("Hội thảo “Chuyển đổi số du lịch” & AI");
    expect(url.searchParams.get("location")).toBe("Xã Măng Đen, tỉnh Quảng Ngãi");
    expect(url.searchParams.get("details")).toBe("Nội dung\nhttps://example.vn/sessions/a");
  });

  it("gives the times as UTC instants, so 08:00–11:30 in Quảng Ngãi is 01:00–04:30Z", () => {
    expect(url.searchParams.get("dates")).toBe("20250919T010000Z/20250919T043000Z");
    expect(url.searchParams.get("ctz")).toBe("Asia/Ho_Chi_Minh");
  });

  it("keeps long details within what Google accepts", () => {
    const long = new URL(
      googleCalendarUrl({ title: "x", startsAt: new Date(0), endsAt: new Date(3_600_000), details: "a".repeat(5000) }),
    );
    expect(long.searchParams.get("details")).toHaveLength(1500);
    expect(long.searchParams.has("location")).toBe(false);
  });
});

describe("map and share links", () => {
  it("search the map by coordinates when known, else by name and address", () => {
    expect(mapSearchUrl({ name: "Trung tâm", address: "Tỉnh Quảng Ngãi", latitude: 15.12, longitude: 108.8 })).toBe(
      "https://www.google.com/maps/search/?api=1&query=15.12%2C108.8",
    );
    const byName = new URL(mapSearchUrl({ name: "Trung tâm Hội nghị", address: "Tỉnh Quảng Ngãi", latitude: null, longitude: null }));
    expect(byName.searchParams.get("query")).toBe("Trung tâm Hội nghị, Tỉnh Quảng Ngãi");
    const addressHasName = new URL(mapSearchUrl({ name: "Xã Măng Đen", address: "Xã Măng Đen, tỉnh Quảng Ngãi", latitude: null, longitude: null }));
    expect(addressHasName.searchParams.get("query")).toBe("Xã Măng Đen, tỉnh Quảng Ngãi");
  });

  it("share the page's own URL on Facebook", () => {
    expect(facebookShareUrl("https://tuanle.vn/sessions/le-khai-mac?x=1")).toBe(
      "https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Ftuanle.vn%2Fsessions%2Fle-khai-mac%3Fx%3D1",
    );
  });

  it("point at the session's calendar file", () => {
    expect(sessionIcsPath(2025, "le-khai-mac")).toBe("/api/v1/editions/2025/sessions/le-khai-mac.ics");
  });
});

describe("day labels and excerpts", () => {
  it("name the weekday in each language with the dd/MM/yyyy date", () => {
    expect(longDayLabel("vi", "2025-09-19")).toBe("Thứ Sáu, 19/09/2025");
    expect(longDayLabel("en", "2025-09-19")).toBe("Friday, 19/09/2025");
    expect(shortDayLabel("vi", "2025-09-21")).toEqual({ weekday: "CN", date: "21/09" });
  });

  it("cut long text at a word and flatten its lines", () => {
    expect(excerpt("Dòng một\nDòng hai", 160)).toBe("Dòng một Dòng hai");
    const cut = excerpt("Liên kết du lịch số vùng, giải pháp phát triển du lịch thông minh", 30);
    expect(cut.length).toBeLessThanOrEqual(30);
    expect(cut).toBe("Liên kết du lịch số vùng…");
  });
});
