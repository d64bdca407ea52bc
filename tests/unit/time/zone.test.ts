import { describe, expect, it } from "vitest";
import { localDateTimeToUtc } from "@/lib/time/zone";

describe("localDateTimeToUtc", () => {
  it("reads a morning in Quảng Ngãi as seven hours earlier in UTC", () => {
    expect(localDateTimeToUtc("2025-09-19", "08:00").toISOString()).toBe("2025-09-19T01:00:00.000Z");
  });

  it("reads an afternoon in Quảng Ngãi as seven hours earlier in UTC", () => {
    expect(localDateTimeToUtc("2025-09-25", "14:00").toISOString()).toBe("2025-09-25T07:00:00.000Z");
  });

  it("moves an early local morning to the previous UTC day", () => {
    expect(localDateTimeToUtc("2025-09-19", "06:00").toISOString()).toBe("2025-09-18T23:00:00.000Z");
  });

  it("keeps midnight local as 17:00 UTC of the day before", () => {
    expect(localDateTimeToUtc("2025-10-01", "00:00").toISOString()).toBe("2025-09-30T17:00:00.000Z");
  });

  it("honours another zone's daylight saving time", () => {
    expect(localDateTimeToUtc("2025-07-01", "09:00", "Europe/Paris").toISOString()).toBe("2025-07-01T07:00:00.000Z");
    expect(localDateTimeToUtc("2025-12-01", "09:00", "Europe/Paris").toISOString()).toBe("2025-12-01T08:00:00.000Z");
  });

  it.each([
    ["2025-9-19", "08:00"],
    ["2025-09-19", "8:00"],
    ["2025-09-19", "24:00"],
    ["2025-02-30", "08:00"],
  ])("refuses %s %s rather than guess", (date, time) => {
    expect(() => localDateTimeToUtc(date, time)).toThrow(RangeError);
  });

  it("refuses an unknown time zone", () => {
    expect(() => localDateTimeToUtc("2025-09-19", "08:00", "Asia/Quang_Ngai")).toThrow(/time zone/);
  });
});
