import { execFileSync } from "node:child_process";
import { describe, expect, it, vi } from "vitest";
import type { InvitationDocument } from "@/lib/invitations/pdf";

/** The renderer of a fresh module graph: fonts nothing has used yet. */
async function freshRenderer() {
  vi.resetModules();
  return (await import("@/lib/invitations/pdf")).renderInvitationPdf;
}

const LETTER: InvitationDocument = {
  issuer: { parentBody: "UBND TỈNH QUẢNG NGÃI", name: "VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI" },
  numberLine: "Số: 09/GM-UBND",
  placeAndDate: "Quảng Ngãi, ngày 12 tháng 9 năm 2025",
  subject: "Dự Lễ khai mạc Tuần lễ",
  body: "Kính mời Ông Lê Văn Hùng dự Lễ khai mạc.",
  inviteeLine: "Ông Lê Văn Hùng – Giám đốc",
  signer: { authority: "TL. CHỦ TỊCH", deputy: null, title: "CHÁNH VĂN PHÒNG", name: "Nguyễn Văn An" },
  recipients: "Như trên\nLưu: VT",
  replyUrl: "https://tuanle.example.vn/invitation/QN1.abc.def",
  issuedAt: new Date("2025-09-12T01:00:00Z"),
  title: "Giấy mời số 09/GM-UBND",
};

// The font's substitutions decompose precomposed letters into a base letter and a mark: a letter first
// met that way used to keep no character, and the next document's text map then lost it.
const EVERY_LETTER = "ẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ ạảấầẩẫậắằẳẵặẹẻẽếềểễệịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ";

describe("a document's fonts", () => {
  it("give the same bytes and text whatever the process rendered before (an issued invitation's checksum is checked on download)", async () => {
    const cold = await (await freshRenderer())(LETTER);
    const render = await freshRenderer();
    await render({ ...LETTER, body: EVERY_LETTER, inviteeLine: EVERY_LETTER, subject: EVERY_LETTER, recipients: EVERY_LETTER });
    const after = await render(LETTER);
    expect(execFileSync("pdftotext", ["-", "-"], { input: after }).toString()).toContain("Kính mời Ông Lê Văn Hùng dự Lễ khai mạc.");
    expect(after.equals(cold)).toBe(true);
  });
});
