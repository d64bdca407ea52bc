import { describe, expect, it } from "vitest";
import { formatDateTimeInput, formatDayInput, parseDateTimeInput, parseDayInput, parseTimeInput } from "@/lib/time/form-input";

describe("typed days in the admin", () => {
  it("reads day first, as written in Vietnam, and ISO", () => {
    expect(parseDayInput("19/09/2025")).toBe("2025-09-19");
    expect(parseDayInput(" 9/9/2025 ")).toBe("2025-09-09");
    expect(parseDayInput("19.09.2025")).toBe("2025-09-19");
    expect(parseDayInput("2025-09-19")).toBe("2025-09-19");
  });

  it("refuses what is not a day of the calendar, and month-first days past the 12th", () => {
    expect(parseDayInput("31/02/2025")).toBeNull();
    expect(parseDayInput("29/02/2025")).toBeNull();
    expect(parseDayInput("29/02/2024")).toBe("2024-02-29");
    expect(parseDayInput("09/19/2025")).toBeNull();
    expect(parseDayInput("19/09/25")).toBeNull();
    expect(parseDayInput("")).toBeNull();
  });

  it("shows an ISO day as dd/MM/yyyy", () => {
    expect(formatDayInput("2025-09-19")).toBe("19/09/2025");
    expect(formatDayInput("19/09/2025")).toBe("19/09/2025");
  });
});

describe("typed times in the admin", () => {
  it("reads 24-hour times as Vietnamese programmes write them", () => {
    expect(parseTimeInput("08:30")).toBe("08:30");
    expect(parseTimeInput("8:30")).toBe("08:30");
    expect(parseTimeInput("14h30")).toBe("14:30");
    expect(parseTimeInput("8h")).toBe("08:00");
  });

  it("refuses hours and minutes out of range and 12-hour forms", () => {
    expect(parseTimeInput("24:00")).toBeNull();
    expect(parseTimeInput("08:60")).toBeNull();
    expect(parseTimeInput("8:30 PM")).toBeNull();
  });

  it("reads a day and a time as the instant in Quảng Ngãi", () => {
    expect(parseDateTimeInput("19/09/2025 08:30")?.toISOString()).toBe("2025-09-19T01:30:00.000Z");
    expect(parseDateTimeInput("2025-09-19T08:30")?.toISOString()).toBe("2025-09-19T01:30:00.000Z");
    expect(parseDateTimeInput("19/09/2025")).toBeNull();
    expect(formatDateTimeInput(new Date("2025-09-19T01:30:00Z"))).toBe("19/09/2025 08:30");
  });
});
