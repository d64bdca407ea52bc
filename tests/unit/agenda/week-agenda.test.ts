import { describe, expect, it } from "vitest";
import { editionDays, groupWeekAgenda, runsThroughWeek } from "../../../lib/agenda/rules";

const session = (title: string, startsAt: string, endsAt: string) => ({ title, startsAt: new Date(startsAt), endsAt: new Date(endsAt) });

// The 2025 Week (19–26/09) and its sessions, local times in UTC (Vietnam is UTC+7).
const WEEK = editionDays(new Date("2025-09-19"), new Date("2025-09-26"));
const campaign = session("Truyền thông", "2025-09-01T01:00:00Z", "2025-10-10T10:00:00Z"); // 01/09 – 10/10
const exhibition = session("Triển lãm", "2025-09-25T01:00:00Z", "2025-09-26T10:00:00Z"); // 25/09 08:00 – 26/09 17:00
const opening = session("Lễ khai mạc", "2025-09-25T07:00:00Z", "2025-09-25T08:30:00Z"); // 25/09 14:00–15:30
const tourism = session("Hội thảo du lịch", "2025-09-19T01:00:00Z", "2025-09-19T04:30:00Z"); // 19/09 08:00–11:30

describe("reading the Week at a glance", () => {
  const week = groupWeekAgenda(WEEK, [opening, campaign, tourism, exhibition]);
  const titlesOn = (day: string) => week.days.find((entry) => entry.day === day)!.sessions.map((entry) => entry.title);

  it("lists an activity longer than the Week once, above the days, and on none of them", () => {
    expect(week.throughout.map((entry) => entry.title)).toEqual(["Truyền thông"]);
    expect(week.days.some((day) => day.sessions.includes(campaign))).toBe(false);
  });

  it("keeps a two-day activity inside the Week on each of its two days", () => {
    expect(titlesOn("2025-09-25")).toEqual(["Triển lãm", "Lễ khai mạc"]);
    expect(titlesOn("2025-09-26")).toEqual(["Triển lãm"]);
    expect(week.throughout).not.toContain(exhibition);
  });

  it("keeps a one-day activity on its day only", () => {
    expect(titlesOn("2025-09-19")).toEqual(["Hội thảo du lịch"]);
    expect(week.days.filter((day) => day.sessions.includes(tourism)).map((day) => day.day)).toEqual(["2025-09-19"]);
  });

  it("leaves the days without activities of their own empty, each day still present", () => {
    expect(week.days.map((day) => day.day)).toEqual(WEEK);
    expect(week.days.filter((day) => day.sessions.length === 0).map((day) => day.day)).toEqual([
      "2025-09-20", "2025-09-21", "2025-09-22", "2025-09-23", "2025-09-24",
    ]);
  });
});

describe("what runs through the Week", () => {
  it("is an activity covering exactly every day of the Week, not one that misses its last day", () => {
    expect(runsThroughWeek(session("Cả tuần", "2025-09-19T01:00:00Z", "2025-09-26T10:00:00Z"), WEEK)).toBe(true);
    expect(runsThroughWeek(session("Gần cả tuần", "2025-09-19T01:00:00Z", "2025-09-25T10:00:00Z"), WEEK)).toBe(false);
  });

  it("is nothing in a Week of two days: a session covering both stays on its days", () => {
    const twoDays = editionDays(new Date("2025-09-25"), new Date("2025-09-26"));
    expect(runsThroughWeek(exhibition, twoDays)).toBe(false);
    expect(groupWeekAgenda(twoDays, [exhibition]).days.map((day) => day.sessions.length)).toEqual([1, 1]);
  });
});
