import path from "node:path";

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
