import { describe, expect, it } from "vitest";
import {
  editionDays,
  groupSessionsByDay,
  halfDayOf,
  localDayBounds,
  searchWords,
  seatsLeft,
  sessionDays,
} from "../../../lib/agenda/rules";

const at = (iso: string) => new Date(iso);
const session = (title: string, startsAt: string, endsAt: string) => ({ title, startsAt: at(startsAt), endsAt: at(endsAt) });

// Local times of the 2025 plan, in UTC (Vietnam is UTC+7).
const tourism = session("Hội thảo du lịch", "2025-09-19T01:00:00Z", "2025-09-19T04:30:00Z"); // 19/9 08:00–11:30
const opening = session("Lễ khai mạc", "2025-09-25T07:00:00Z", "2025-09-25T08:30:00Z"); // 25/9 14:00–15:30
const exhibition = session("Triển lãm", "2025-09-25T01:00:00Z", "2025-09-26T10:00:00Z"); // 25/9 08:00 – 26/9 17:00
const campaign = session("Truyền thông", "2025-09-01T01:00:00Z", "2025-10-10T10:00:00Z"); // 01/9 – 10/10
const WEEK = editionDays(at("2025-09-19"), at("2025-09-26"));

describe("the days of the Week", () => {
  it("run from the first to the last day of the edition, both included", () => {
    expect(WEEK).toEqual([
      "2025-09-19", "2025-09-20", "2025-09-21", "2025-09-22", "2025-09-23", "2025-09-24", "2025-09-25", "2025-09-26",
    ]);
  });

  it("cross month ends by the calendar", () => {
    expect(editionDays(at("2023-09-28"), at("2023-10-02"))).toEqual(["2023-09-28", "2023-09-29", "2023-09-30", "2023-10-01", "2023-10-02"]);
  });
});

describe("the local days of a session", () => {
  it("follow Vietnam time: 23:30 UTC is already the next morning in Quảng Ngãi", () => {
    expect(sessionDays(session("Sớm", "2025-09-18T23:30:00Z", "2025-09-19T01:00:00Z"))).toEqual(["2025-09-19"]);
  });

  it("include every day of a multi-day session", () => {
    expect(sessionDays(exhibition)).toEqual(["2025-09-25", "2025-09-26"]);
  });

  it("stop before midnight for a session ending exactly at midnight", () => {
    expect(sessionDays(session("Đêm", "2025-09-20T12:00:00Z", "2025-09-20T17:00:00Z"))).toEqual(["2025-09-20"]);
  });
});

describe("grouping the agenda by day", () => {
  const grouped = groupSessionsByDay(WEEK, [campaign, tourism, exhibition, opening]);
  const titlesOn = (day: string) => grouped.find((entry) => entry.day === day)?.sessions.map((entry) => entry.title);

  it("keeps a tab for every day, empty days included", () => {
    expect(grouped.map((entry) => entry.day)).toEqual(WEEK);
    expect(titlesOn("2025-09-21")).toEqual(["Truyền thông"]);
  });

  it("shows the exhibition on 25 and 26/9 and the five-week campaign on every day of the Week", () => {
    expect(titlesOn("2025-09-25")).toEqual(["Truyền thông", "Triển lãm", "Lễ khai mạc"]);
    expect(titlesOn("2025-09-26")).toEqual(["Truyền thông", "Triển lãm"]);
    expect(grouped.every((entry) => entry.sessions.includes(campaign))).toBe(true);
    expect(titlesOn("2025-09-24")).toEqual(["Truyền thông"]);
  });

  it("groups a day by half-day: running sessions first, then morning, afternoon and evening", () => {
    const day25 = grouped.find((entry) => entry.day === "2025-09-25")!;
    expect(day25.halfDays.map((group) => [group.halfDay, group.sessions.map((entry) => entry.title)])).toEqual([
      ["allDay", ["Truyền thông"]],
      ["morning", ["Triển lãm"]],
      ["afternoon", ["Lễ khai mạc"]],
    ]);
    const day26 = grouped.find((entry) => entry.day === "2025-09-26")!;
    expect(day26.halfDays.map((group) => group.halfDay)).toEqual(["allDay"]);
  });

  it("puts a session late in the UTC evening on the next local day", () => {
    const early = session("Khởi động", "2025-09-19T23:30:00Z", "2025-09-20T01:00:00Z");
    const days = groupSessionsByDay(WEEK, [early]);
    expect(days.find((entry) => entry.day === "2025-09-19")?.sessions).toEqual([]);
    expect(days.find((entry) => entry.day === "2025-09-20")?.sessions).toEqual([early]);
  });

  it("adds the day of a session held wholly outside the Week rather than losing it", () => {
    const before = session("Họp báo", "2025-09-10T02:00:00Z", "2025-09-10T03:00:00Z");
    const days = groupSessionsByDay(WEEK, [before]);
    expect(days[0]).toMatchObject({ day: "2025-09-10", sessions: [before] });
    expect(days).toHaveLength(WEEK.length + 1);
  });

  it("orders sessions of a half-day by start, then title", () => {
    const a = session("B phiên", "2025-09-22T02:00:00Z", "2025-09-22T03:00:00Z");
    const b = session("A phiên", "2025-09-22T02:00:00Z", "2025-09-22T03:00:00Z");
    const c = session("C phiên", "2025-09-22T01:00:00Z", "2025-09-22T03:00:00Z");
    const day = groupSessionsByDay(["2025-09-22"], [a, b, c])[0]!;
    expect(day.sessions.map((entry) => entry.title)).toEqual(["C phiên", "A phiên", "B phiên"]);
  });
});

describe("half-days", () => {
  it("split at noon and 18:00 local time", () => {
    expect(halfDayOf(session("s", "2025-09-19T04:59:00Z", "2025-09-19T06:00:00Z"), "2025-09-19")).toBe("morning"); // 11:59
    expect(halfDayOf(session("s", "2025-09-19T05:00:00Z", "2025-09-19T06:00:00Z"), "2025-09-19")).toBe("afternoon"); // 12:00
    expect(halfDayOf(session("s", "2025-09-19T11:00:00Z", "2025-09-19T12:00:00Z"), "2025-09-19")).toBe("evening"); // 18:00
    expect(halfDayOf(session("s", "2023-10-02T12:30:00Z", "2023-10-02T14:30:00Z"), "2023-10-02")).toBe("evening"); // 19:30
  });
});

describe("local day bounds", () => {
  it("are the local midnights, in UTC", () => {
    expect(localDayBounds("2025-09-25")).toEqual({ start: at("2025-09-24T17:00:00Z"), end: at("2025-09-25T17:00:00Z") });
  });

  it("refuse malformed and impossible days", () => {
    expect(localDayBounds("2025-9-25")).toBeNull();
    expect(localDayBounds("2025-02-30")).toBeNull();
    expect(localDayBounds("hôm nay")).toBeNull();
  });
});

describe("seats left", () => {
  it("is capacity minus confirmed seats, never negative, and null without registration", () => {
    expect(seatsLeft({ capacity: 850, seatsTaken: 12 })).toBe(838);
    expect(seatsLeft({ capacity: 10, seatsTaken: 10 })).toBe(0);
    expect(seatsLeft({ capacity: null, seatsTaken: 0 })).toBeNull();
  });
});

describe("search words", () => {
  it("are NFC-normalised, split on any whitespace and deduplicated", () => {
    expect(searchWords("  Măng\u00a0Đen  măng ".normalize("NFD"))).toEqual(["Măng", "Đen", "măng"]);
    expect(searchWords("hoi  thao hoi")).toEqual(["hoi", "thao"]);
  });

  it("escape LIKE wildcards so they match literally", () => {
    expect(searchWords("100% a_b c\\d")).toEqual(["100\\%", "a\\_b", "c\\\\d"]);
  });

  it("ignore blank queries and cap the number and length of words", () => {
    expect(searchWords("   ")).toEqual([]);
    expect(searchWords("a b c d e f g h i j")).toHaveLength(8);
    expect(searchWords("x".repeat(500))[0]).toHaveLength(64);
  });
});
