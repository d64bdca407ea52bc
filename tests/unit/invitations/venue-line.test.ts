import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { draftDocument, type DraftBatch } from "@/lib/invitations/document";
import { renderInvitationPdf } from "@/lib/invitations/pdf";
import { composeBody } from "@/lib/invitations/rules";

const CENTRE = { name: "Trung tâm Hội nghị và Triển lãm tỉnh Quảng Ngãi", address: "Tỉnh Quảng Ngãi" };
const COMMUNE = { name: "Xã Măng Đen", address: "Xã Măng Đen, tỉnh Quảng Ngãi" };

function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(path.join(tmpdir(), "venue-line-"));
  try {
    const file = path.join(dir, "draft.pdf");
    writeFileSync(file, pdf);
    return execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).normalize("NFC").replace(/\s+/g, " ");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("the venue line of an invitation", () => {
  it("names the exhibition centre once, without repeating the province its name already holds", () => {
    const body = composeBody([{ title: "Lễ khai mạc", content: "", startsAt: new Date("2025-09-25T07:00:00Z"), venue: CENTRE }]);
    expect(body).toContain("- Địa điểm: Trung tâm Hội nghị và Triển lãm tỉnh Quảng Ngãi.\n");
    expect(body).not.toContain("Tỉnh Quảng Ngãi");
  });

  it("writes a commune as its address says, once", () => {
    const body = composeBody([{ title: "Hội thảo", content: "", startsAt: new Date("2025-09-26T01:30:00Z"), venue: COMMUNE }]);
    expect(body).toContain("- Địa điểm: Xã Măng Đen, tỉnh Quảng Ngãi.\n");
  });

  it("prints the single venue line in the PDF the office reads", async () => {
    const batch: DraftBatch = {
      subject: "Dự Lễ khai mạc",
      body: composeBody([{ title: "Lễ khai mạc", content: "", startsAt: new Date("2025-09-25T07:00:00Z"), venue: CENTRE }]),
      signerAuthority: "TM. ỦY BAN NHÂN DÂN",
      signerDeputy: null,
      signerTitle: "CHỦ TỊCH",
      signerName: "Trần Phước Hiền",
      recipientsNote: "Như trên",
      register: { symbol: "GM-UBND", parentBody: null, issuerUnit: { name: "Ủy ban nhân dân tỉnh Quảng Ngãi" } },
    };
    const text = pdfText(await renderInvitationPdf(draftDocument(batch, null)));
    expect(text).toContain("Địa điểm: Trung tâm Hội nghị và Triển lãm tỉnh Quảng Ngãi.");
    expect(text).not.toContain("Quảng Ngãi, Tỉnh Quảng Ngãi");
  });
});
