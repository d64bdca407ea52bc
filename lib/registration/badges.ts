import { openSansDocument } from "@/lib/pdf/document";
import { mm } from "@/lib/pdf/fonts";

// Delegate badges, one A6 page each (fits a standard badge holder, or four to an A4 sheet when the
// printer scales): the Week's name, the delegate's name in large type, position and organisation,
// the delegate group on a coloured band, and the ticket's QR code for check-in.

type Badge = { fullName: string; position: string; organization: string; group: string; qrPng: Buffer };

const WIDTH = mm(105);
const HEIGHT = mm(148);
const MARGIN = mm(8);
const BRAND = "#0a2a5e";
const GROUP_COLOURS: Record<string, string> = {
  GOVERNMENT: "#a3141c",
  ENTERPRISE: "#0a2a5e",
  ACADEMIA: "#1d6b3a",
  PRESS: "#6b21a8",
  YOUTH_UNION: "#0369a1",
  OTHER: "#4a5568",
};

type Doc = PDFKit.PDFDocument;

/** The largest size up to `max` at which `text` fits `lines` lines of the badge's width. */
function fittingSize(doc: Doc, text: string, font: string, max: number, lines: number): number {
  doc.font(font);
  for (let size = max; size > 10; size -= 1) {
    doc.fontSize(size);
    if (doc.heightOfString(text, { width: WIDTH - 2 * MARGIN }) <= size * 1.25 * lines) return size;
  }
  return 10;
}

function drawBadge(doc: Doc, badge: Badge, edition: string, groupLabel: string) {
  const width = WIDTH - 2 * MARGIN;
  doc.rect(0, 0, WIDTH, mm(18)).fill(BRAND);
  doc.font("semibold").fontSize(9).fillColor("#fff").text(edition, MARGIN, mm(4), { width, align: "center", height: mm(12), ellipsis: true });
  doc.font("bold").fontSize(fittingSize(doc, badge.fullName, "bold", 24, 2)).fillColor("#000");
  doc.text(badge.fullName, MARGIN, mm(24), { width, align: "center" });
  doc.moveDown(0.3).font("sans").fontSize(fittingSize(doc, badge.position, "sans", 12, 1)).text(badge.position, { width, align: "center" });
  doc.moveDown(0.2).font("semibold").fontSize(fittingSize(doc, badge.organization, "semibold", 13, 3)).text(badge.organization, { width, align: "center" });
  const qrSize = mm(42);
  doc.image(badge.qrPng, (WIDTH - qrSize) / 2, HEIGHT - mm(18) - qrSize - mm(4), { width: qrSize, height: qrSize });
  doc.rect(0, HEIGHT - mm(18), WIDTH, mm(18)).fill(GROUP_COLOURS[badge.group] ?? BRAND);
  doc.font("bold").fontSize(14).fillColor("#fff").text(groupLabel.toUpperCase(), MARGIN, HEIGHT - mm(12.5), { width, align: "center", lineBreak: false });
}

export function renderBadges(badges: Badge[], edition: string, groupLabel: (group: string) => string): Promise<Buffer> {
  const { doc, done } = openSansDocument({ size: [WIDTH, HEIGHT], margin: 0, autoFirstPage: false });
  for (const badge of badges) {
    doc.addPage();
    drawBadge(doc, badge, edition, groupLabel(badge.group));
  }
  doc.end();
  return done;
}
