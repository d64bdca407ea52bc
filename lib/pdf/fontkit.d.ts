// fontkit (pdfkit's own font engine) ships no types; the PDF code only creates fonts and hands them to pdfkit.
declare module "fontkit" {
  export type Font = { layout: (text: string) => unknown; postscriptName: string };
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
