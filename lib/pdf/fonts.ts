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
 * A font parsed once per process and shared by every document. pdfkit accepts a fontkit font in
 * place of a file; parsing a full TTF costs several times the layout of a one-page letter, which
 * matters when a batch of hundreds of invitations is rendered.
 */
export function sharedFont(file: string): PDFKit.Mixins.PDFFontSource {
  let font = parsedFonts.get(file);
  if (!font) {
    font = createFont(readFileSync(file));
    parsedFonts.set(file, font);
  }
  // The types of pdfkit list files and buffers only; its font factory takes any object with `layout`.
  return font as unknown as PDFKit.Mixins.PDFFontSource;
}
