import PDFDocument from "pdfkit";
import { bytesOf } from "./document";
import { mm, pdfFonts, documentFont } from "./fonts";

// The page and header of an administrative document after Decree 30/2020/NĐ-CP, Appendix I, shared
// by every document the portal issues (invitations, the results report): A4 portrait; margins 20 mm
// top and bottom, 30 mm left, 15 mm right; a metric-compatible Times serif with every Vietnamese glyph
// (Tinos); the issuing body and number on the left, the national heading and place/date on the right.

export const MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) };
const LEFT_BLOCK = mm(68);
const RIGHT_BLOCK_OFFSET = mm(62);

export type Doc = PDFKit.PDFDocument;

type OfficialHeader = {
  /** The body above the issuer (`ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI`), if any. */
  parentBody: string | null;
  /** The issuer as printed, one entry per line, already in capitals. */
  issuerLines: string[];
  numberLine: string;
  placeAndDate: string;
};

/** A document with the serif faces registered, and its bytes once `doc.end()` is called. */
export function openOfficialDocument(info: PDFKit.DocumentInfo): { doc: Doc; done: Promise<Buffer> } {
  const doc = new PDFDocument({ size: "A4", margins: MARGIN, info, autoFirstPage: false });
  doc
    .registerFont("serif", documentFont(pdfFonts.serif))
    .registerFont("serif-bold", documentFont(pdfFonts.serifBold))
    .registerFont("serif-italic", documentFont(pdfFonts.serifItalic))
    .registerFont("serif-bold-italic", documentFont(pdfFonts.serifBoldItalic));
  return { doc, done: bytesOf(doc) };
}

export function contentWidth(doc: Doc): number {
  return doc.page.width - MARGIN.left - MARGIN.right;
}

/** A centred rule under the last line written, `width` wide, centred on the block. */
function ruleUnder(doc: Doc, blockLeft: number, blockWidth: number, width: number) {
  const y = doc.y + 3;
  const start = blockLeft + (blockWidth - width) / 2;
  doc.moveTo(start, y).lineTo(start + width, y).lineWidth(0.6).stroke();
  doc.y = y + 5;
}

/** The two header blocks at the top of the current page; leaves the cursor under the lower one. */
export function writeOfficialHeader(doc: Doc, header: OfficialHeader) {
  const top = MARGIN.top;
  const left = MARGIN.left - mm(8);
  doc.y = top;
  if (header.parentBody) {
    doc.font("serif").fontSize(13).text(header.parentBody.toLocaleUpperCase("vi"), left, doc.y, { width: LEFT_BLOCK, align: "center" });
  }
  doc.font("serif-bold").fontSize(13);
  for (const line of header.issuerLines) doc.text(line, left, doc.y, { width: LEFT_BLOCK, align: "center" });
  ruleUnder(doc, left, LEFT_BLOCK, LEFT_BLOCK / 3);
  doc.font("serif").fontSize(13).text(header.numberLine, left, doc.y + 2, { width: LEFT_BLOCK, align: "center" });
  const leftBottom = doc.y;

  const right = MARGIN.left + RIGHT_BLOCK_OFFSET - mm(8);
  const rightWidth = doc.page.width - MARGIN.right - right + mm(4);
  doc.font("serif-bold").fontSize(12.5).text(NATIONAL_HEADING, right, top, { width: rightWidth, align: "center", lineBreak: false });
  doc.moveDown(0.1);
  doc.font("serif-bold").fontSize(13.5).text(MOTTO, right, doc.y, { width: rightWidth, align: "center" });
  ruleUnder(doc, right, rightWidth, doc.widthOfString(MOTTO));
  doc.font("serif-italic").fontSize(13.5).text(header.placeAndDate, right, doc.y + 6, { width: rightWidth, align: "center" });
  doc.x = MARGIN.left;
  doc.y = Math.max(leftBottom, doc.y) + mm(8);
}

export const NATIONAL_HEADING = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
export const MOTTO = "Độc lập - Tự do - Hạnh phúc";

/** A new page when fewer than `points` remain above the bottom margin. */
export function ensureRoom(doc: Doc, points: number) {
  if (doc.y + points > doc.page.height - MARGIN.bottom) doc.addPage();
}
