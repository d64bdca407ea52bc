import { contentWidth, ensureRoom, MARGIN, openOfficialDocument, writeOfficialHeader, type Doc } from "@/lib/pdf/decree30";
import { mm } from "@/lib/pdf/fonts";
import type { ReportBlock, ReportDocument } from "./document";

// The results report as a PDF, in the page and header of Decree 30/2020 shared with the invitations
// (lib/pdf/decree30.ts). Same blocks as the DOCX; the charts are drawn as vectors with their labels.

const BODY_SIZE = 13.5;
const TABLE_SIZE = 11;
const CELL_PAD = 3;
const BRAND = "#0a2a5e";

type Table = Extract<ReportBlock, { kind: "table" }>;
type Chart = Extract<ReportBlock, { kind: "chart" }>;

function columnWidths(doc: Doc, table: Table): number[] {
  const total = table.widths.reduce((sum, width) => sum + width, 0);
  return table.widths.map((width) => (contentWidth(doc) * width) / total);
}

function rowHeight(doc: Doc, cells: string[], widths: number[]): number {
  return Math.max(...cells.map((text, index) => doc.heightOfString(text || " ", { width: widths[index]! - CELL_PAD * 2 }))) + CELL_PAD * 2;
}

function drawRow(doc: Doc, cells: string[], widths: number[], bold: boolean) {
  doc.font(bold ? "serif-bold" : "serif").fontSize(TABLE_SIZE);
  const height = rowHeight(doc, cells, widths);
  const top = doc.y;
  let x = MARGIN.left;
  cells.forEach((text, index) => {
    const width = widths[index]!;
    doc.rect(x, top, width, height).lineWidth(0.5).stroke();
    const numeric = index > 0 && /^[\d.]+$/.test(text);
    doc.text(text, x + CELL_PAD, top + CELL_PAD, { width: width - CELL_PAD * 2, align: numeric ? "right" : "left" });
    x += width;
  });
  doc.x = MARGIN.left;
  doc.y = top + height;
}

function fits(doc: Doc, cells: string[], widths: number[], bold: boolean): boolean {
  doc.font(bold ? "serif-bold" : "serif").fontSize(TABLE_SIZE);
  return doc.y + rowHeight(doc, cells, widths) <= doc.page.height - MARGIN.bottom;
}

/** A table that runs onto a new page repeats its header row there, as Word does. */
function drawTable(doc: Doc, table: Table) {
  const widths = columnWidths(doc, table);
  const first = table.rows[0] ?? [];
  if (!fits(doc, table.columns, widths, true) || (table.rows.length > 0 && doc.y + rowHeight(doc, first, widths) * 2 > doc.page.height - MARGIN.bottom)) doc.addPage();
  drawRow(doc, table.columns, widths, true);
  for (const row of table.rows) {
    if (!fits(doc, row, widths, false)) {
      doc.addPage();
      drawRow(doc, table.columns, widths, true);
    }
    drawRow(doc, row, widths, false);
  }
  doc.moveDown(0.6);
}

function drawChart(doc: Doc, chart: Chart) {
  if (chart.bars.length === 0) return;
  const row = 16;
  const labelWidth = contentWidth(doc) * 0.38;
  const barSpan = contentWidth(doc) - labelWidth - mm(14);
  ensureRoom(doc, chart.bars.length * row + 30);
  const largest = Math.max(1, ...chart.bars.map((bar) => bar.value));
  const top = doc.y + 4;
  chart.bars.forEach((bar, index) => {
    const y = top + index * row;
    doc.font("serif").fontSize(10).fillColor("black").text(bar.label, MARGIN.left, y + 2, { width: labelWidth - 6, align: "right", lineBreak: false, ellipsis: true });
    const length = (barSpan * bar.value) / largest;
    if (length > 0) doc.rect(MARGIN.left + labelWidth, y + 2, length, row - 5).fill(BRAND);
    doc.fillColor("black").text(String(bar.value), MARGIN.left + labelWidth + length + 4, y + 2, { lineBreak: false });
  });
  doc.x = MARGIN.left;
  doc.y = top + chart.bars.length * row + 4;
  doc.font("serif-italic").fontSize(11).text(chart.caption, MARGIN.left, doc.y, { width: contentWidth(doc), align: "center" });
  doc.moveDown(0.6);
}

function writeBlocks(doc: Doc, blocks: ReportBlock[]) {
  const width = contentWidth(doc);
  for (const block of blocks) {
    if (block.kind === "heading") {
      ensureRoom(doc, 60);
      doc.font("serif-bold").fontSize(BODY_SIZE).text(block.text, MARGIN.left, doc.y + (block.level === 1 ? 6 : 2), { width });
      doc.moveDown(0.2);
    }
    if (block.kind === "paragraph") doc.font("serif").fontSize(BODY_SIZE).text(block.text, MARGIN.left, doc.y, { width, align: "justify", indent: mm(10), lineGap: 2, paragraphGap: 4 });
    if (block.kind === "table") drawTable(doc, block);
    if (block.kind === "chart") drawChart(doc, block);
  }
}

function writeClosing(doc: Doc, document: ReportDocument) {
  doc.moveDown(1);
  ensureRoom(doc, mm(60));
  const top = doc.y;
  const half = contentWidth(doc) / 2;
  doc.font("serif-bold").fontSize(BODY_SIZE);
  for (const line of document.signer.title.split("\n").filter(Boolean)) doc.text(line.toLocaleUpperCase("vi"), MARGIN.left + half, doc.y, { width: half, align: "center" });
  doc.y += mm(22);
  doc.text(document.signer.name, MARGIN.left + half, doc.y, { width: half, align: "center" });
  const signBottom = doc.y;
  doc.font("serif-bold-italic").fontSize(12).text("Nơi nhận:", MARGIN.left, top, { width: half - mm(4) });
  doc.font("serif").fontSize(11);
  for (const line of document.recipients) doc.text(line, MARGIN.left, doc.y, { width: half - mm(4) });
  doc.y = Math.max(doc.y, signBottom);
}

export async function renderReportPdf(document: ReportDocument): Promise<Buffer> {
  const { doc, done } = openOfficialDocument({ Title: document.fileTitle, Author: document.issuerLines.join(" "), CreationDate: document.issuedAt });
  doc.addPage();
  writeOfficialHeader(doc, { parentBody: document.parentBody, issuerLines: document.issuerLines, numberLine: document.numberLine, placeAndDate: document.placeAndDate });
  const width = contentWidth(doc);
  doc.font("serif-bold").fontSize(14).text(document.title, MARGIN.left, doc.y, { width, align: "center" });
  doc.font("serif-bold").fontSize(BODY_SIZE).text(document.subtitle, MARGIN.left + mm(10), doc.y, { width: width - mm(20), align: "center" });
  doc.moveDown(1);
  writeBlocks(doc, document.blocks);
  writeClosing(doc, document);
  doc.end();
  return done;
}
