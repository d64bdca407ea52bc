import { describe, expect, it } from "vitest";
import { formatCount } from "@/lib/i18n/numbers";

describe("whole numbers in the admin's tables", () => {
  it("groups thousands one way per language: 1.074 in Vietnamese, 1,074 in English", () => {
    expect([1074, 1072, 999, 0].map((value) => formatCount(value))).toEqual(["1.074", "1.072", "999", "0"]);
    expect(formatCount(1_250_000, "vi")).toBe("1.250.000");
    expect(formatCount(1074, "en")).toBe("1,074");
  });
});
