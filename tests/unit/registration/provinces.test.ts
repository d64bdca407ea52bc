import { describe, expect, it } from "vitest";
import { PROVINCIAL_UNITS } from "@/lib/registration/provinces";

describe("province list of the registration form", () => {
  it("offers Vietnam's 34 provinces and cities after the 2025 reorganisation, each once", () => {
    expect(PROVINCIAL_UNITS).toHaveLength(34);
    expect(new Set(PROVINCIAL_UNITS).size).toBe(34);
    for (const merged of ["Bình Định", "Kon Tum", "Quảng Nam", "Bà Rịa - Vũng Tàu", "Hà Giang"]) {
      expect(PROVINCIAL_UNITS).not.toContain(merged);
    }
  });

  it("puts Quảng Ngãi first and the rest in Vietnamese alphabetical order", () => {
    const [first, ...rest] = PROVINCIAL_UNITS;
    expect(first).toBe("Quảng Ngãi");
    expect(rest).toEqual([...rest].sort((a, b) => a.localeCompare(b, "vi")));
  });
});
