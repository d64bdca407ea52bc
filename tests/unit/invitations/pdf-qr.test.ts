import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import { renderInvitationPdf, type InvitationDocument } from "@/lib/invitations/pdf";

const REPLY_URL = "https://tuanle.example.vn/invitation/QN1.SS0xMjM0NTY3OC0xMjM0LTQxMjMtODEyMy0xMjM0NTY3ODkwYWJ8MjAyNQ.abc";

const ISSUED: InvitationDocument = {
  issuer: { parentBody: "UBND TỈNH QUẢNG NGÃI", name: "VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI" },
  numberLine: "Số: 09/GM-UBND",
  placeAndDate: "Quảng Ngãi, ngày 12 tháng 9 năm 2025",
  subject: "Dự Lễ khai mạc Tuần lễ",
  body: "Kính mời Ông Lê Văn Hùng dự Lễ khai mạc.",
  inviteeLine: "Ông Lê Văn Hùng – Giám đốc",
  signer: { authority: "TL. CHỦ TỊCH", deputy: null, title: "CHÁNH VĂN PHÒNG", name: "Nguyễn Văn An" },
  recipients: "Như trên\nLưu: VT",
  replyUrl: REPLY_URL,
  issuedAt: new Date("2025-09-12T01:00:00Z"),
  title: "Giấy mời số 09/GM-UBND",
};

/** The first page rendered by poppler at 150 dpi, and the QR codes a reader finds on it. */
function qrOnFirstPage(pdf: Buffer): string | null {
  const dir = mkdtempSync(path.join(tmpdir(), "invitation-qr-"));
  try {
    writeFileSync(path.join(dir, "letter.pdf"), pdf);
    execFileSync("pdftoppm", [
      "-png",
      "-r",
      "150",
      "-f",
      "1",
      "-l",
      "1",
      "-singlefile",
      path.join(dir, "letter.pdf"),
      path.join(dir, "page"),
    ]);
    const image = PNG.sync.read(readFileSync(path.join(dir, "page.png")));
    return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data ?? null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("the QR code of an issued invitation", () => {
  it("is drawn as vector squares that a phone reads as the reply link", async () => {
    expect(qrOnFirstPage(await renderInvitationPdf(ISSUED))).toBe(REPLY_URL);
  });

  it("renders to the same bytes however many documents render at once (its checksum is checked on download)", async () => {
    const alone = await renderInvitationPdf(ISSUED);
    const together = await Promise.all(
      Array.from({ length: 6 }, (_, index) => renderInvitationPdf(index % 2 ? ISSUED : { ...ISSUED, body: `Thư khác ${index}` })),
    );
    expect(together[1]!.equals(alone)).toBe(true);
    expect(together[3]!.equals(alone)).toBe(true);
  });
});
