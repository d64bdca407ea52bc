import { describe, expect, it } from "vitest";
import { describeSessionTime } from "../../../lib/agenda/when";
import { countCalendarDays, formatCalendarDate, formatCalendarRange, formatDate, formatDateTime, formatTime } from "../../../lib/time/format";

describe("dates shown to people", () => {
  it("are dd/MM/yyyy in Vietnam time, whatever the server's zone", () => {
    // 23:30 UTC on 18/9 is already 06:30 on 19/9 in Quảng Ngãi.
    const instant = new Date("2025-09-18T23:30:00Z");
    expect(formatDate(instant)).toBe("19/09/2025");
    expect(formatTime(instant)).toBe("06:30");
    expect(formatDateTime(instant)).toBe("19/09/2025 06:30");
  });

  it("read calendar dates from their UTC fields so they never slip a day", () => {
    expect(formatCalendarDate(new Date("2025-09-19T00:00:00Z"))).toBe("19/09/2025");
  });

  it("write an edition's range compactly within a year and fully across years", () => {
    expect(formatCalendarRange(new Date("2025-09-19"), new Date("2025-09-26"))).toBe("19/09 – 26/09/2025");
    expect(formatCalendarRange(new Date("2025-12-30"), new Date("2026-01-02"))).toBe("30/12/2025 – 02/01/2026");
    expect(formatCalendarRange(new Date("2025-09-19"), new Date("2025-09-19"))).toBe("19/09/2025");
  });

  it("count both ends of the Week", () => {
    expect(countCalendarDays(new Date("2025-09-19"), new Date("2025-09-26"))).toBe(8);
  });

  it("describe a session within a day and across days", () => {
    expect(describeSessionTime(new Date("2025-09-19T01:00:00Z"), new Date("2025-09-19T04:30:00Z"))).toBe("19/09/2025, 08:00 – 11:30");
    expect(describeSessionTime(new Date("2025-09-25T01:00:00Z"), new Date("2025-09-26T10:00:00Z"))).toBe(
      "25/09/2025 08:00 – 26/09/2025 17:00",
    );
  });
});
