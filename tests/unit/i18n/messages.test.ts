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
    const placeholders = (text: unknown) => [...String(text).matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const [path, text] of viMessages) expect(placeholders(enMessages.get(path)), path).toEqual(placeholders(text));
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
