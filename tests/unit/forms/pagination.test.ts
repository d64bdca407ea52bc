import { describe, expect, it } from "vitest";
import { pageItems } from "@/lib/forms/pagination";
import { pageSizeOf, parseRegistrationFilters, registrationQueryString } from "@/lib/registration/admin-filters";

const numbers = (page: number, pages: number) => pageItems(page, pages).map((item) => (item.kind === "page" ? item.page : "…"));

describe("page links of a long admin list", () => {
  it("offers the first and last pages, two around the current one, and marks the gaps", () => {
    expect(numbers(1, 1)).toEqual([]);
    expect(numbers(1, 3)).toEqual([1, 2, 3]);
    expect(numbers(10, 40)).toEqual([1, "…", 8, 9, 10, 11, 12, "…", 40]);
    expect(numbers(2, 40)).toEqual([1, 2, 3, 4, "…", 40]);
    expect(numbers(40, 40)).toEqual([1, "…", 38, 39, 40]);
  });

  it("lets the organiser choose 25, 50, 100 or 200 rows a page, and keeps the choice on the other pages", () => {
    expect(pageSizeOf(parseRegistrationFilters({}).filters)).toBe(50);
    const { filters, ignored } = parseRegistrationFilters({ size: "100", q: "nguyen" });
    expect({ size: pageSizeOf(filters), ignored }).toEqual({ size: 100, ignored: false });
    expect(registrationQueryString(filters, 3)).toBe("?q=nguyen&size=100&page=3");
    expect(parseRegistrationFilters({ size: "5000" })).toEqual({ filters: {}, ignored: true });
  });
});
