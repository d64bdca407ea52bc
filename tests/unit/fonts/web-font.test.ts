import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { create as createFont } from "fontkit";
import { describe, expect, it } from "vitest";
import { WEB_FONT_WEIGHTS } from "@/lib/fonts/web-font";

// The committed web fonts are cut to a set of letters (scripts/subset-fonts.ts): a letter missing there
// would show in another typeface in the middle of a Vietnamese word.
const VOWELS = "aăâeêioôơuưy";
const TONES = ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"];
const vietnameseLetters = [...VOWELS, ...VOWELS.toUpperCase()].flatMap((vowel) => [
  vowel,
  ...TONES.map((tone) => (vowel + tone).normalize("NFC")),
]);
const OTHER_TEXT = "đĐ 0123456789 –—‘’“”…•₫ «»©°× Müller Łódź Çağrı";

describe("web font of the site", () => {
  for (const { weight } of WEB_FONT_WEIGHTS) {
    const file = path.join(process.cwd(), `assets/fonts/be-vietnam-pro-${weight}.woff2`);

    it(`draws every Vietnamese letter with each tone and the punctuation of the site (weight ${weight})`, () => {
      const font = createFont(readFileSync(file));
      const missing = [...vietnameseLetters, ...OTHER_TEXT.replaceAll(" ", "")].filter(
        (letter) => !font.hasGlyphForCodePoint(letter.codePointAt(0)!),
      );
      expect(vietnameseLetters).toHaveLength(144);
      expect(missing).toEqual([]);
    });

    it(`stays one small file per weight (weight ${weight})`, () => {
      expect(statSync(file).size).toBeLessThan(40_000);
    });
  }
});
