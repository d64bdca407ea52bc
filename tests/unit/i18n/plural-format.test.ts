import { describe, expect, it } from "vitest";
import { formatMessage } from "../../../lib/i18n/format";
import { getTranslator } from "../../../lib/i18n/translator";

const seats = "{count, plural, one {# seat left} other {# seats left}}";

describe("plural choices in messages", () => {
  it("take the singular for one and the plural for every other number in English", () => {
    expect(formatMessage(seats, { count: 1 }, "en")).toBe("1 seat left");
    expect(formatMessage(seats, { count: 2 }, "en")).toBe("2 seats left");
    expect(formatMessage(seats, { count: 0 }, "en")).toBe("0 seats left");
  });

  it("have one form in Vietnamese, whatever the number", () => {
    const template = "{count, plural, other {Còn # chỗ}}";
    expect(formatMessage(template, { count: 1 }, "vi")).toBe("Còn 1 chỗ");
    expect(formatMessage(template, { count: 2 }, "vi")).toBe("Còn 2 chỗ");
  });

  it("write the number as the language does", () => {
    expect(formatMessage(seats, { count: 1074 }, "en")).toBe("1,074 seats left");
    expect(formatMessage("{count, plural, other {# chỗ}}", { count: 1074 }, "vi")).toBe("1.074 chỗ");
  });

  it("prefer an exact branch, and fill the placeholders inside a branch", () => {
    const template = "{count, plural, =0 {Nothing at {venue}} one {# session at {venue}} other {# sessions at {venue}}}.";
    expect(formatMessage(template, { count: 0, venue: "Hall A" }, "en")).toBe("Nothing at Hall A.");
    expect(formatMessage(template, { count: 1, venue: "Hall A" }, "en")).toBe("1 session at Hall A.");
    expect(formatMessage(template, { count: 3, venue: "Hall A" }, "en")).toBe("3 sessions at Hall A.");
  });

  it("leave a choice visible when its number is missing, and simple placeholders as before", () => {
    expect(formatMessage(seats, {}, "en")).toBe(seats);
    expect(formatMessage("Ảnh {position} của {count}", { position: 2, count: 5 })).toBe("Ảnh 2 của 5");
  });

  it("reach the catalogues through the translator of each language", () => {
    expect(getTranslator("en", "agenda")("seatsLeft", { count: 1 })).toBe("1 seat left");
    expect(getTranslator("en", "agenda")("seatsLeft", { count: 12 })).toBe("12 seats left");
    expect(getTranslator("vi", "agenda")("seatsLeft", { count: 1 })).toBe("Còn 1 chỗ");
    expect(getTranslator("en", "agenda")("resultCount", { count: 1 })).toBe("1 session found.");
  });
});
