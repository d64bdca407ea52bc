import { readFileSync } from "node:fs";
import path from "node:path";
import { create as createFont, type Font } from "fontkit";

// Full TrueType fonts with every Vietnamese glyph (the web font packages split them into subsets,
// which a PDF cannot combine). Read from node_modules at run time; the server runs from the project root.
const FONT_ROOT = path.join(process.cwd(), "node_modules", "@expo-google-fonts");

export const pdfFonts = {
  sans: path.join(FONT_ROOT, "be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf"),
  sansSemiBold: path.join(FONT_ROOT, "be-vietnam-pro/600SemiBold/BeVietnamPro_600SemiBold.ttf"),
  sansBold: path.join(FONT_ROOT, "be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf"),
  serif: path.join(FONT_ROOT, "tinos/400Regular/Tinos_400Regular.ttf"),
  serifBold: path.join(FONT_ROOT, "tinos/700Bold/Tinos_700Bold.ttf"),
  serifItalic: path.join(FONT_ROOT, "tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf"),
  serifBoldItalic: path.join(FONT_ROOT, "tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf"),
} as const;

/** Millimetres to PDF points. */
export function mm(value: number): number {
  return (value * 72) / 25.4;
}

const parsedFonts = new Map<string, Font>();

/**
 * A font for one document. Parsing a full TTF costs several times the layout of a one-page letter (a
 * batch of hundreds of invitations), so the parsed tables are shared by every document of the process;
 * the glyph cache and the layout engine are the document's own. A glyph cached by fontkit keeps the
 * characters it was first met for (none when it came out of a substitution), which the PDF's text map
 * then uses: shared, an earlier document changed the next one's bytes and its copyable text, and an
 * issued invitation must render to the bytes of its recorded checksum whatever was rendered before it.
 */
export function documentFont(file: string): PDFKit.Mixins.PDFFontSource {
  let parsed = parsedFonts.get(file);
  if (!parsed) {
    parsed = createFont(readFileSync(file));
    parsedFonts.set(file, parsed);
  }
  const font = Object.create(parsed) as Font & { _glyphs: Record<number, unknown> };
  font._glyphs = {};
  // fontkit builds the layout engine on first use and keeps it on the object it was asked of: asked
  // of this document's font, it looks its glyphs up in this document's cache.
  const engine = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(parsed), "_layoutEngine");
  if (!engine?.get) throw new Error("fontkit's layout engine is not where this code expects it");
  Object.defineProperty(font, "_layoutEngine", { value: engine.get.call(font) });
  // The types of pdfkit list files and buffers only; its font factory takes any object with `layout`.
  return font as unknown as PDFKit.Mixins.PDFFontSource;
}
