import { describe, expect, it } from "vitest";
import { filteredAgendaRewrite } from "../../../lib/agenda/paths";
import { filterOptions } from "../../../lib/agenda/rules";
import { filtersToQuery, parseSessionFilters } from "../../../lib/agenda/schema";

const LEAD = "3f2b8c1e-1a2b-4c3d-8e9f-0a1b2c3d4e5f";

describe("agenda filters from the query string", () => {
  it("keep every valid value", () => {
    expect(
      parseSessionFilters({ q: "mang den", day: "2025-09-25", venue: "xa-mang-den", type: "WORKSHOP", lead: LEAD }),
    ).toEqual({ q: "mang den", day: "2025-09-25", venue: "xa-mang-den", type: "WORKSHOP", lead: LEAD });
  });

  it("drop invalid values one by one instead of failing the page", () => {
    expect(
      parseSessionFilters({ q: "   ", day: "2025-02-30", venue: "Xã Măng Đen", type: "PARTY", lead: "1; DROP TABLE" }),
    ).toEqual({});
    expect(parseSessionFilters({ day: "25/09/2025", type: "EXHIBITION" })).toEqual({ type: "EXHIBITION" });
  });

  it("ignore the empty fields a GET form submits", () => {
    expect(parseSessionFilters({ q: "", day: "", venue: "", type: "", lead: "" })).toEqual({});
  });

  it("take the first of repeated parameters and read URLSearchParams too", () => {
    expect(parseSessionFilters({ venue: ["xa-mang-den", "other"] })).toEqual({ venue: "xa-mang-den" });
    expect(parseSessionFilters(new URLSearchParams("q=tri%E1%BB%83n+l%C3%A3m&day=2025-09-26"))).toEqual({
      q: "triển lãm",
      day: "2025-09-26",
    });
  });

  it("normalise the search text: NFC, single spaces, at most 100 characters", () => {
    expect(parseSessionFilters({ q: "  Măng \n  Đen ".normalize("NFD") })).toEqual({ q: "Măng Đen" });
    expect(parseSessionFilters({ q: "a".repeat(300) }).q).toHaveLength(100);
  });

  it("write back to a query string in a stable order without empty values", () => {
    expect(filtersToQuery({ type: "WORKSHOP", q: "du lịch", day: undefined })).toBe("?q=du+l%E1%BB%8Bch&type=WORKSHOP");
    expect(filtersToQuery({})).toBe("");
  });
});

describe("the filtered agenda route", () => {
  const params = (query: string) => new URLSearchParams(query);

  it("takes agenda URLs that carry a filter", () => {
    expect(filteredAgendaRewrite("/vi/agenda", params("q=mang"))).toBe("/vi/agenda/filtered");
    expect(filteredAgendaRewrite("/en/editions/2023/agenda", params("day=2023-09-29"))).toBe("/en/editions/2023/agenda/filtered");
    expect(filteredAgendaRewrite("/vi/agenda", params("q="))).toBe("/vi/agenda/filtered");
  });

  it("leaves the bare agenda, Next's own requests and other pages on their static routes", () => {
    expect(filteredAgendaRewrite("/vi/agenda", params(""))).toBeNull();
    expect(filteredAgendaRewrite("/vi/agenda", params("_rsc=1x2y"))).toBeNull();
    expect(filteredAgendaRewrite("/vi/sessions/le-khai-mac", params("q=x"))).toBeNull();
    expect(filteredAgendaRewrite("/vi/agenda/filtered", params("q=x"))).toBeNull();
  });
});

describe("filter choices", () => {
  const unit = (id: string, name: string) => ({ id, name, nameEn: null });
  const venue = (slug: string) => ({ slug, name: slug, nameEn: null });

  it("offer only the types, venues and lead units the sessions have", () => {
    const options = filterOptions(
      [
        { type: "WORKSHOP", venue: venue("xa-mang-den"), leadUnit: unit("1", "Sở KH&CN") },
        { type: "OPENING_CEREMONY", venue: venue("trung-tam"), leadUnit: unit("1", "Sở KH&CN") },
        { type: "COMMUNICATIONS", venue: null, leadUnit: unit("2", "Báo Quảng Ngãi") },
        { type: "WORKSHOP", venue: venue("trung-tam"), leadUnit: unit("1", "Sở KH&CN") },
      ],
      ["OPENING_CEREMONY", "CONFERENCE", "WORKSHOP", "COMMUNICATIONS"],
    );
    expect(options.types).toEqual(["OPENING_CEREMONY", "WORKSHOP", "COMMUNICATIONS"]);
    expect(options.venues.map((entry) => entry.slug)).toEqual(["xa-mang-den", "trung-tam"]);
    expect(options.leads.map((entry) => entry.id)).toEqual(["1", "2"]);
  });
});
