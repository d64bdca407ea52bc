import { AlignmentType, BorderStyle, Document, ImageRun, Packer, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from "docx";
import { MOTTO, NATIONAL_HEADING } from "@/lib/pdf/decree30";
import { chartSize, renderBarChartPng } from "./chart";
import type { ReportBlock, ReportDocument } from "./document";

// The results report as an editable Word file, the format the offices work in: A4, the margins of
// Decree 30/2020 (20 mm top and bottom, 30 mm left, 15 mm right), Times New Roman (which every
// office's Word has; the PDF uses its metric twin Tinos), the header as a borderless two-column table.

const MM = 56.7; // twips per millimetre
const PAGE = { width: 11906, height: 16838, margin: { top: Math.round(20 * MM), bottom: Math.round(20 * MM), left: Math.round(30 * MM), right: Math.round(15 * MM) } };
const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;
const FONT = "Times New Roman";
const BODY = 28; // half-points: 14 pt
const CHART_WIDTH_PX = 580;

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" } as const;
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };

type RunStyle = { bold?: boolean; italics?: boolean; size?: number; underline?: boolean };

function run(text: string, style: RunStyle = {}) {
  return new TextRun({ text, font: FONT, size: style.size ?? BODY, bold: style.bold, italics: style.italics, underline: style.underline ? {} : undefined });
}

function centred(text: string, style: RunStyle = {}, after = 0) {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after }, children: [run(text, style)] });
}

function headerTable(document: ReportDocument): Table {
  const left = [
    ...(document.parentBody ? [centred(document.parentBody.toLocaleUpperCase("vi"), { size: 26 })] : []),
    ...document.issuerLines.map((line) => centred(line, { bold: true, size: 26 })),
    centred("――――――", { size: 20 }),
    centred(document.numberLine, { size: 26 }),
  ];
  const right = [
    centred(NATIONAL_HEADING, { bold: true, size: 25 }),
    centred(MOTTO, { bold: true, size: 27, underline: true }, 160),
    centred(document.placeAndDate, { italics: true, size: 27 }),
  ];
  const leftWidth = Math.round(TEXT_WIDTH * 0.4);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [leftWidth, TEXT_WIDTH - leftWidth],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          new TableCell({ width: { size: leftWidth, type: WidthType.DXA }, borders: NO_BORDERS, children: left }),
          new TableCell({ width: { size: TEXT_WIDTH - leftWidth, type: WidthType.DXA }, borders: NO_BORDERS, children: right }),
        ],
      }),
    ],
  });
}

function dataTable(block: Extract<ReportBlock, { kind: "table" }>): Table {
  const total = block.widths.reduce((sum, width) => sum + width, 0);
  const widths = block.widths.map((width) => Math.floor((TEXT_WIDTH * width) / total));
  const cell = (text: string, index: number, bold: boolean) =>
    new TableCell({
      width: { size: widths[index]!, type: WidthType.DXA },
      children: [new Paragraph({ alignment: index > 0 && /^[\d.]+$/.test(text) ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [run(text, { bold, size: 24 })] })],
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, children: block.columns.map((text, index) => cell(text, index, true)) }),
      ...block.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text, index) => cell(text, index, false)) })),
    ],
  });
}

async function chart(block: Extract<ReportBlock, { kind: "chart" }>): Promise<Paragraph[]> {
  if (block.bars.length === 0) return [];
  const png = await renderBarChartPng(block.bars.map((bar) => bar.value));
  const size = chartSize(block.bars.length);
  const height = Math.round((CHART_WIDTH_PX * size.height) / size.width);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 120 },
      children: [new ImageRun({ type: "png", data: png, transformation: { width: CHART_WIDTH_PX, height }, altText: { name: block.caption, description: block.caption, title: block.caption } })],
    }),
    centred(block.caption, { italics: true, size: 24 }, 160),
  ];
}

async function body(blocks: ReportBlock[]): Promise<(Paragraph | Table)[]> {
  const out: (Paragraph | Table)[] = [];
  for (const block of blocks) {
    if (block.kind === "heading") out.push(new Paragraph({ spacing: { before: 200, after: 80 }, children: [run(block.text, { bold: true })] }));
    if (block.kind === "paragraph") out.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: Math.round(10 * MM) }, spacing: { after: 100, line: 312 }, children: [run(block.text)] }));
    if (block.kind === "table") out.push(dataTable(block), new Paragraph({ children: [] }));
    if (block.kind === "chart") out.push(...(await chart(block)));
  }
  return out;
}

function closing(document: ReportDocument): Table {
  const half = Math.round(TEXT_WIDTH / 2);
  const recipients = [new Paragraph({ children: [run("Nơi nhận:", { bold: true, italics: true, size: 24 })] }), ...document.recipients.map((line) => new Paragraph({ children: [run(line, { size: 22 })] }))];
  const signer = [
    ...document.signer.title.split("\n").filter(Boolean).map((line) => centred(line.toLocaleUpperCase("vi"), { bold: true })),
    new Paragraph({ spacing: { before: 1400 }, children: [] }),
    centred(document.signer.name, { bold: true }),
  ];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [half, TEXT_WIDTH - half],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [new TableRow({ cantSplit: true, children: [new TableCell({ borders: NO_BORDERS, children: recipients }), new TableCell({ borders: NO_BORDERS, children: signer })] })],
  });
}

export async function renderReportDocx(document: ReportDocument): Promise<Buffer> {
  const file = new Document({
    creator: document.issuerLines.join(" "),
    title: document.fileTitle,
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin } },
        children: [
          headerTable(document),
          new Paragraph({ spacing: { before: 360 }, children: [] }),
          centred(document.title, { bold: true }),
          centred(document.subtitle, { bold: true }, 240),
          ...(await body(document.blocks)),
          new Paragraph({ children: [] }),
          closing(document),
        ],
      },
    ],
  });
  return Packer.toBuffer(file);
}
