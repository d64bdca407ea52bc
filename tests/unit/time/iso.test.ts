import { describe, expect, it } from "vitest";
import { formatIsoWithOffset, zoneOffsetMinutes } from "@/lib/time/iso";

describe("ISO 8601 times in feeds", () => {
  it("write Quảng Ngãi wall-clock time with the +07:00 offset", () => {
    expect(formatIsoWithOffset(new Date("2025-09-19T01:00:00Z"))).toBe("2025-09-19T08:00:00+07:00");
  });

  it("move a late UTC evening to the next local day", () => {
    expect(formatIsoWithOffset(new Date("2025-09-18T23:30:00Z"))).toBe("2025-09-19T06:30:00+07:00");
  });

  it("keep an explicit +00:00 for UTC and honour other zones' offsets", () => {
    expect(formatIsoWithOffset(new Date("2025-09-19T01:00:00Z"), "UTC")).toBe("2025-09-19T01:00:00+00:00");
    expect(formatIsoWithOffset(new Date("2025-07-01T07:00:00Z"), "Europe/Paris")).toBe("2025-07-01T09:00:00+02:00");
  });

  it("follow a zone across its daylight-saving change and west of Greenwich", () => {
    expect(formatIsoWithOffset(new Date("2025-03-09T06:59:59Z"), "America/New_York")).toBe("2025-03-09T01:59:59-05:00");
    expect(formatIsoWithOffset(new Date("2025-03-09T07:00:00Z"), "America/New_York")).toBe("2025-03-09T03:00:00-04:00");
    expect(formatIsoWithOffset(new Date("2025-01-01T00:00:00Z"), "Asia/Kolkata")).toBe("2025-01-01T05:30:00+05:30");
  });

  it("drop milliseconds, counting down before 1970 as after", () => {
    expect(formatIsoWithOffset(new Date("2025-09-19T01:00:00.999Z"))).toBe("2025-09-19T08:00:00+07:00");
    expect(formatIsoWithOffset(new Date("1969-12-31T23:59:59.500Z"), "UTC")).toBe("1969-12-31T23:59:59+00:00");
  });

  it("round-trip through Date parsing to the same instant", () => {
    const instant = new Date("2025-09-26T10:00:00Z");
    expect(new Date(formatIsoWithOffset(instant)).getTime()).toBe(instant.getTime());
  });

  it("measure Vietnam's offset as seven hours all year", () => {
    expect(zoneOffsetMinutes(new Date("2025-01-15T00:00:00Z"))).toBe(420);
    expect(zoneOffsetMinutes(new Date("2025-07-15T00:00:00Z"))).toBe(420);
  });
});
