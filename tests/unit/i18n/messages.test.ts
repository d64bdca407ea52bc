import { describe, expect, it } from "vitest";
import en from "../../../lib/i18n/messages/en.json";
import vi from "../../../lib/i18n/messages/vi.json";
import { formatMessage, getTranslator } from "../../../lib/i18n/translator";

/** Every message with its path; keys may themselves contain dots (`auth.sign-in`), so paths are arrays. */
function entries(value: unknown, path: string[] = []): [string, unknown][] {
  if (typeof value !== "object" || value === null) return [[JSON.stringify(path), value]];
  return Object.entries(value).flatMap(([key, child]) => entries(child, [...path, key]));
}

describe("message catalogues", () => {
  const viMessages = new Map(entries(vi));
  const enMessages = new Map(entries(en));

  it("give English a translation for every Vietnamese message, and nothing more", () => {
    expect([...enMessages.keys()].sort()).toEqual([...viMessages.keys()].sort());
  });

  it("leave no message empty", () => {
    for (const messages of [viMessages, enMessages]) {
      const empty = [...messages].filter(([, text]) => typeof text !== "string" || text.trim() === "").map(([path]) => path);
      expect(empty).toEqual([]);
    }
  });

  it("keep the same placeholders in both languages", () => {
    // A plural choice names its argument once, however many branches mention others.
    const placeholders = (text: unknown) => [...new Set([...String(text).matchAll(/\{(\w+)(?:\}|,\s*plural,)/g)].map((match) => match[1]))].sort();
    for (const [path, text] of viMessages) expect(placeholders(enMessages.get(path)), path).toEqual(placeholders(text));
  });
});

describe("counts in English", () => {
  const enMessages = [...new Map(entries(en))];

  it("go through a plural choice wherever a noun follows the number", () => {
    // "{count} min ago", "{count} h ago", "{count} selected" read the same for any number.
    const bare = enMessages.filter(([, text]) => /\{(count|total|minutes|seconds)\} (?!min\b|h\b|selected\b|of\b)[a-z]/.test(String(text)));
    expect(bare.map(([path]) => path)).toEqual([]);
  });

  it("read in the singular for one and the plural for two", () => {
    const plurals = enMessages.filter(([, text]) => /,\s*plural,/.test(String(text)));
    expect(plurals.length).toBeGreaterThan(30);
    for (const [path, text] of plurals) {
      // Every plural argument at 1, then at 2; the other placeholders get words.
      const counted = [...String(text).matchAll(/\{(\w+),\s*plural,/g)].map((match) => match[1]!);
      const words = { count: 1, range: "19–26/09/2025", venue: "Hall", first: "01", last: "01", symbol: "GM" };
      const values = { ...words, ...Object.fromEntries(counted.map((name) => [name, 1])) };
      const twos = Object.fromEntries(counted.map((name) => [name, 2]));
      const one = formatMessage(String(text), values, "en");
      const two = formatMessage(String(text), { ...values, ...twos }, "en");
      expect(one, path).not.toMatch(/[{}#]/);
      expect(two, path).not.toEqual(one.replaceAll("1", "2"));
    }
  });
});

describe("translator", () => {
  it("speaks Vietnamese with diacritics intact and English on request", () => {
    expect(getTranslator("vi", "nav")("agenda")).toBe("Chương trình");
    expect(getTranslator("en", "nav")("agenda")).toBe("Programme");
  });

  it("fills placeholders and leaves unknown ones visible", () => {
    expect(formatMessage("© {year} Sở KH&CN", { year: 2025 })).toBe("© 2025 Sở KH&CN");
    expect(formatMessage("Xin chào {name}", {})).toBe("Xin chào {name}");
  });
});
