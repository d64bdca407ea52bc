import { contentWidth, ensureRoom, MARGIN, openOfficialDocument, writeOfficialHeader, type Doc } from "@/lib/pdf/decree30";
import { mm } from "@/lib/pdf/fonts";
import { qrModules } from "@/lib/tickets/qr";
import { issuerHeaderLines, recipientLines } from "./rules";

// A Giấy mời laid out after Decree 30/2020/NĐ-CP, Appendix I (page and header: lib/pdf/decree30.ts):
// the two header blocks, the number, place and date, the title, the body, the signature block and
// "Nơi nhận". The output depends only on its input (the creation date is the issue date),
// so an issued invitation renders to the same bytes, and checksum, every time.

export type InvitationDocument = {
  issuer: { parentBody: string | null; name: string };
  /** `Số: 125/GM-UBND`, or the blank form of a draft. */
  numberLine: string;
  /** `Quảng Ngãi, ngày 05 tháng 9 năm 2025`, or the blank form of a draft. */
  placeAndDate: string;
  subject: string;
  body: string;
  /** `Ông Lê Văn Hùng – Giám đốc, Sở …`, without the closing full stop. */
  inviteeLine: string;
  signer: { authority: string; deputy: string | null; title: string; name: string };
  recipients: string;
  /** The invitee's reply page, printed as a QR code; null on a draft preview. */
  replyUrl: string | null;
  /** The issue date (a fixed creation date keeps the bytes stable); null on a preview. */
  issuedAt: Date | null;
  title: string;
};

const BODY_SIZE = 13.5;
const QR_SIZE = mm(24);

async function writeInvitation(doc: Doc, input: InvitationDocument) {
  const qr = input.replyUrl ? qrModules(input.replyUrl) : null;
  doc.addPage();
  writeOfficialHeader(doc, {
    parentBody: input.issuer.parentBody,
    issuerLines: issuerHeaderLines(input.issuer.name),
    numberLine: input.numberLine,
    placeAndDate: input.placeAndDate,
  });
  writeTitle(doc, input);
  writeBody(doc, input);
  writeClosing(doc, input, qr);
}

export async function renderInvitationPdf(input: InvitationDocument): Promise<Buffer> {
  const { doc, done } = openOfficialDocument({
    Title: input.title,
    Author: input.issuer.name,
    Subject: input.subject,
    ...(input.issuedAt ? { CreationDate: input.issuedAt } : {}),
  });
  await writeInvitation(doc, input);
  doc.end();
  return done;
}

/** Several invitations in one file for printing and postal delivery, each starting on a new page. */
export async function renderCombinedPdf(inputs: InvitationDocument[], title: string): Promise<Buffer> {
  const { doc, done } = openOfficialDocument({ Title: title, Author: inputs[0]?.issuer.name ?? "" });
  for (const input of inputs) await writeInvitation(doc, input);
  doc.end();
  return done;
}

function writeTitle(doc: Doc, input: InvitationDocument) {
  const width = contentWidth(doc);
  doc.font("serif-bold").fontSize(14).text("GIẤY MỜI", MARGIN.left, doc.y, { width, align: "center" });
  doc.moveDown(0.2);
  doc
    .font("serif-bold")
    .fontSize(13.5)
    .text(input.subject, MARGIN.left + mm(10), doc.y, { width: width - mm(20), align: "center" });
  doc.moveDown(1);
}

function writeBody(doc: Doc, input: InvitationDocument) {
  const width = contentWidth(doc);
  const paragraph = { width, align: "justify" as const, indent: mm(10), lineGap: 2, paragraphGap: 4 };
  doc.font("serif").fontSize(BODY_SIZE).text(`${input.issuer.name} trân trọng kính mời:`, MARGIN.left, doc.y, paragraph);
  doc.font("serif-bold").text(`${input.inviteeLine}.`, MARGIN.left, doc.y, { ...paragraph, align: "left" });
  doc.font("serif");
  for (const text of input.body.split("\n").filter((line) => line.trim())) doc.text(text, MARGIN.left, doc.y, paragraph);
  doc.moveDown(0.8);
}

/** Signature block on the right, "Nơi nhận" on the left, the reply QR code under it. */
/**
 * The QR code as vector squares (with its quiet zone): sharp in print, and unlike an embedded PNG it
 * involves no compression finishing in the background, so the document's bytes never depend on timing.
 */
function drawQr(doc: Doc, modules: boolean[][], x: number, y: number, size: number) {
  const quiet = 2;
  const cell = size / (modules.length + 2 * quiet);
  modules.forEach((row, r) =>
    row.forEach((dark, c) => {
      if (dark) doc.rect(x + (c + quiet) * cell, y + (r + quiet) * cell, cell, cell);
    }),
  );
  doc.fillColor("#000").fill();
}

function writeClosing(doc: Doc, input: InvitationDocument, qr: boolean[][] | null) {
  ensureRoom(doc, mm(70));
  const top = doc.y;
  const signLeft = MARGIN.left + contentWidth(doc) / 2;
  const signWidth = contentWidth(doc) / 2;
  const signer = input.signer;
  doc.font("serif-bold").fontSize(13.5);
  for (const line of [signer.authority, signer.deputy, signer.title].filter(Boolean) as string[]) {
    doc.text(line.toLocaleUpperCase("vi"), signLeft, doc.y, { width: signWidth, align: "center" });
  }
  doc.y += mm(22);
  doc.text(signer.name, signLeft, doc.y, { width: signWidth, align: "center" });
  const signBottom = doc.y;

  const noteWidth = contentWidth(doc) / 2 - mm(4);
  doc.font("serif-bold-italic").fontSize(12).text("Nơi nhận:", MARGIN.left, top, { width: noteWidth });
  doc.font("serif").fontSize(11);
  for (const line of recipientLines(input.recipients)) doc.text(line, MARGIN.left, doc.y, { width: noteWidth });
  if (qr) {
    doc.y += mm(3);
    drawQr(doc, qr, MARGIN.left, doc.y, QR_SIZE);
    doc
      .font("serif-italic")
      .fontSize(10)
      .text("Quét mã để xác nhận tham dự", MARGIN.left + QR_SIZE + mm(2), doc.y + QR_SIZE / 2 - 6, {
        width: noteWidth - QR_SIZE - mm(2),
      });
  }
  doc.y = Math.max(doc.y, signBottom);
}
