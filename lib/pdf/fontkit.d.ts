// fontkit (pdfkit's own font engine) ships no types; the PDF code creates fonts and hands them to pdfkit,
// the web-font test asks them which letters they draw.
declare module "fontkit" {
  export type Font = { layout: (text: string) => unknown; postscriptName: string; hasGlyphForCodePoint: (codePoint: number) => boolean };
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
