import { describe, expect, it } from "vitest";
import { isBeforeApplicationDeadline } from "@/lib/exhibition/rules";

describe("the exhibitor application deadline", () => {
  const lastDay = new Date("2025-09-10T00:00:00Z");

  it("takes applications until the end of the last day in Quảng Ngãi", () => {
    expect(isBeforeApplicationDeadline(lastDay, new Date("2025-09-10T16:59:59Z"))).toBe(true);
    expect(isBeforeApplicationDeadline(lastDay, new Date("2025-09-10T17:00:00Z"))).toBe(false);
  });

  it("always takes them when organisers set no deadline", () => {
    expect(isBeforeApplicationDeadline(null, new Date("2030-01-01T00:00:00Z"))).toBe(true);
  });
});
