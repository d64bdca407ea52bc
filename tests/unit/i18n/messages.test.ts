import { describe, expect, it } from "vitest";
import en from "../../../lib/i18n/messages/en.json";
import vi from "../../../lib/i18n/messages/vi.json";
import { formatMessage, getTranslator } from "../../../lib/i18n/translator";

function keyPaths(value: unknown, prefix = ""): string[] {
  if (typeof value !== "object" || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

describe("message catalogues", () => {
  it("give English a translation for every Vietnamese message, and nothing more", () => {
    expect(keyPaths(en).sort()).toEqual(keyPaths(vi).sort());
  });

  it("leave no message empty", () => {
    for (const catalogue of [vi, en]) {
      const empty = keyPaths(catalogue).filter((path) => {
        const text = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], catalogue);
        return typeof text !== "string" || text.trim() === "";
      });
      expect(empty).toEqual([]);
    }
  });

  it("keep the same placeholders in both languages", () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const path of keyPaths(vi)) {
      const read = (catalogue: unknown) =>
        path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], catalogue) as string;
      expect(placeholders(read(en)), path).toEqual(placeholders(read(vi)));
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
