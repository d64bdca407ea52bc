import { expect, it } from "vitest";
import { isOneOf } from "@/lib/one-of";

const FORMATS = ["csv", "xlsx"] as const;

it("accepts only the listed strings, case and all, from whatever a URL or form sent", () => {
  expect(isOneOf(FORMATS, "csv")).toBe(true);
  expect(isOneOf(FORMATS, "xlsx")).toBe(true);
  for (const sent of ["CSV", "pdf", "", " csv", undefined, null, 1, ["csv"]]) expect(isOneOf(FORMATS, sent)).toBe(false);
});
