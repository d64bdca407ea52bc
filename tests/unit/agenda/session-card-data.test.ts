import { describe, expect, it } from "vitest";
import { sessionCardData } from "@/components/agenda/session-card-data";
import { makeSession, tourismWorkshop } from "../../fixtures/feed-sessions";

// What an agenda card prints, as the strings the client list renders (components/agenda/session-cards.tsx).

const WEEK_BEFORE = new Date("2025-09-12T01:00:00Z");
const AFTER_WEEK = new Date("2025-10-01T01:00:00Z");

describe("a session card's strings", () => {
  it("while registration is open: type, local time with its provisional mark, venue link, units, seats left and register link", () => {
    const [href, title, type, time, startsAt, provisional, past, venue, venueHref, lead, coordinating, seats, registerHref] = sessionCardData(
      "vi",
      tourismWorkshop(),
      "/sessions/hoi-thao-chuyen-doi-so-du-lich",
      WEEK_BEFORE,
    );
    expect({ href, title, type, time, startsAt, provisional, past }).toEqual({
      href: "/sessions/hoi-thao-chuyen-doi-so-du-lich",
      title: "Hội thảo “Ứng dụng các giải pháp chuyển đổi số phát triển du lịch tỉnh Quảng Ngãi”",
      type: "Hội thảo chuyên đề",
      time: "19/09/2025, 08:00 – 11:30",
      startsAt: "2025-09-19T01:00:00.000Z",
      provisional: true,
      past: false,
    });
    expect({ venue, venueHref, lead, coordinating, seats, registerHref }).toEqual({
      venue: "Xã Măng Đen",
      venueHref: "/venues/xa-mang-den",
      lead: "Sở Khoa học và Công nghệ",
      coordinating: "Sở Văn hóa, Thể thao và Du lịch",
      seats: "Còn 2 chỗ",
      registerHref: "/register?session=hoi-thao-chuyen-doi-so-du-lich",
    });
  });

  it("in English: English names where there are some, links under /en, the plural of seats", () => {
    const card = sessionCardData("en", tourismWorkshop({ seatsTaken: 0 }), "/en/sessions/hoi-thao-chuyen-doi-so-du-lich", WEEK_BEFORE);
    expect(card[1]).toBe("Workshop “Applying digital transformation solutions to develop tourism in Quang Ngai”");
    expect([card[7], card[8], card[9], card[10]]).toEqual(["Mang Den Commune", "/en/venues/xa-mang-den", "Department of Science and Technology", "Sở Văn hóa, Thể thao và Du lịch"]);
    expect([card[11], card[12]]).toEqual(["150 seats left", "/en/register?session=hoi-thao-chuyen-doi-so-du-lich"]);
  });

  it("a full session still offers the wait list", () => {
    const card = sessionCardData("vi", tourismWorkshop({ seatsTaken: 150 }), "/sessions/x", WEEK_BEFORE);
    expect([card[11], card[12]]).toEqual(["Hết chỗ, nhận danh sách chờ", "/register?session=hoi-thao-chuyen-doi-so-du-lich"]);
  });

  it("once over: marked as taken place, no seats and no register link", () => {
    const card = sessionCardData("vi", tourismWorkshop(), "/sessions/x", AFTER_WEEK);
    expect([card[6], card[11], card[12]]).toEqual([true, "", ""]);
  });

  it("without a venue: the words for it and no link; without registration: no seats", () => {
    const card = sessionCardData("vi", makeSession({ venue: null, timesProvisional: false }), "/sessions/x", WEEK_BEFORE);
    expect([card[5], card[7], card[8], card[10], card[11], card[12]]).toEqual([false, "Trực tuyến và trên các kênh truyền thông", "", "", "", ""]);
  });
});
