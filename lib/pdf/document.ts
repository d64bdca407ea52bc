import PDFDocument from "pdfkit";
import { pdfFonts } from "./fonts";

/** The bytes of a document, once `doc.end()` is called; listen before anything is written. */
export function bytesOf(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  return new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
}

/** A document set in the portal's sans (`sans`, `semibold`, `bold`), and its bytes once it ends. */
export function openSansDocument(options: PDFKit.PDFDocumentOptions): { doc: PDFKit.PDFDocument; done: Promise<Buffer> } {
  const doc = new PDFDocument(options);
  doc.registerFont("sans", pdfFonts.sans).registerFont("semibold", pdfFonts.sansSemiBold).registerFont("bold", pdfFonts.sansBold);
  return { doc, done: bytesOf(doc) };
}
