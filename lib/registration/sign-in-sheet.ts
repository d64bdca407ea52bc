import { openSansDocument } from "@/lib/pdf/document";
import type { Translator } from "@/lib/i18n/translator";
import { mm } from "@/lib/pdf/fonts";
import { formatDateTime } from "@/lib/time/format";

// The printed attendee list of one session: delegates sign next to their name at the door.
// A4 portrait, the column header repeated on every page, rows tall enough for a signature.

type SignInSheetInput = {
  edition: string;
  session: { title: string; startsAt: Date; venue: string | null };
  delegates: { fullName: string; organization: string; position: string }[];
  labels: Translator<"adminExport">;
  now?: Date;
};

const MARGIN = mm(15);
const ROW_HEIGHT = mm(10);
const COLUMNS = [
  { key: "number", width: mm(11) },
  { key: "fullName", width: mm(50) },
  { key: "organization", width: mm(58) },
  { key: "position", width: mm(34) },
  { key: "signature", width: mm(27) },
] as const;

type Doc = PDFKit.PDFDocument;

function drawRow(doc: Doc, cells: string[], y: number, font: string) {
  let x = MARGIN;
  // 9 pt in a 10 mm row leaves room for two lines: long organisation names stay readable.
  doc.font(font).fontSize(9);
  COLUMNS.forEach((column, index) => {
    doc.rect(x, y, column.width, ROW_HEIGHT).stroke("#4a5568");
    doc.fillColor("#000").text(cells[index] ?? "", x + mm(1.5), y + mm(1), {
      width: column.width - mm(3),
      height: ROW_HEIGHT - mm(1.5),
      ellipsis: true,
    });
    x += column.width;
  });
}

function drawHeading(doc: Doc, input: SignInSheetInput) {
  const { labels, session } = input;
  doc.font("bold").fontSize(13).fillColor("#000").text(labels("sheetTitle"), MARGIN, MARGIN, { align: "center" });
  doc.moveDown(0.2).font("semibold").fontSize(11).text(session.title, { align: "center" });
  const where = [formatDateTime(session.startsAt), session.venue].filter(Boolean).join(" · ");
  doc.moveDown(0.2).font("sans").fontSize(10).text(`${input.edition} · ${where}`, { align: "center" });
  doc.moveDown(0.6);
}

/** The sign-in sheet as a PDF; Vietnamese set in full TrueType fonts. */
export function renderSignInSheet(input: SignInSheetInput): Promise<Buffer> {
  const { doc, done } = openSansDocument({ size: "A4", margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN }, bufferPages: true });
  const { labels } = input;
  const header = [labels("sheetNumber"), labels("fullName"), labels("organization"), labels("position"), labels("signature")];
  drawHeading(doc, input);
  let y = doc.y;
  drawRow(doc, header, y, "semibold");
  y += ROW_HEIGHT;
  const bottom = doc.page.height - MARGIN - mm(8);
  input.delegates.forEach((delegate, index) => {
    if (y + ROW_HEIGHT > bottom) {
      doc.addPage();
      y = MARGIN;
      drawRow(doc, header, y, "semibold");
      y += ROW_HEIGHT;
    }
    drawRow(doc, [String(index + 1), delegate.fullName, delegate.organization, delegate.position, ""], y, "sans");
    y += ROW_HEIGHT;
  });
  doc.font("sans").fontSize(10).text(labels("sheetCount", { count: input.delegates.length }), MARGIN, y + mm(3), { lineBreak: false });
  writeFooters(doc, labels, input.now ?? new Date());
  doc.end();
  return done;
}

function writeFooters(doc: Doc, labels: Translator<"adminExport">, now: Date) {
  const { start, count } = doc.bufferedPageRange();
  for (let page = start; page < start + count; page++) {
    doc.switchToPage(page);
    const text = `${labels("printedAt", { time: formatDateTime(now) })} · ${labels("pageOf", { page: page + 1, pages: count })}`;
    doc.font("sans").fontSize(8).fillColor("#4a5568").text(text, MARGIN, doc.page.height - MARGIN - mm(4), { lineBreak: false });
  }
}
