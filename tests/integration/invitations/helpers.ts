import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Database } from "../../../lib/db-client";
import type { InviteeInput } from "../../../lib/invitations/schema";

// Shared by the invitation tests: the environment the server modules read, a proposed batch, and
// reading a PDF back with poppler as a person's PDF reader would.

export { TEST_BASE_URL as BASE_URL, TEST_TICKET_SECRET as SECRET, useServerEnv } from "../../setup/server-env";
export const ACTOR = { userId: null, ip: "127.0.0.1" };


export function invitee(index: number, overrides: Partial<InviteeInput> = {}): InviteeInput {
  return {
    salutation: "Bà",
    fullName: `Nguyễn Thị Hồng Nhung ${index}`,
    position: "Giám đốc",
    organization: "Sở Văn hóa, Thể thao và Du lịch",
    email: `khach.moi.${index}@quangngai.gov.vn`,
    phone: null,
    address: null,
    ...overrides,
  };
}

export async function sessionIds(db: Database, slugs: string[]): Promise<string[]> {
  const sessions = await db.session.findMany({ where: { slug: { in: slugs }, edition: { year: 2025 } }, select: { id: true, slug: true } });
  return slugs.map((slug) => sessions.find((session) => session.slug === slug)!.id);
}

export const DRAFT = {
  subject: "Dự Lễ khai mạc Tuần lễ Đổi mới sáng tạo và Chuyển đổi số tỉnh Quảng Ngãi năm 2025",
  body: "",
  signerAuthority: "TM. ỦY BAN NHÂN DÂN",
  signerDeputy: "KT. CHỦ TỊCH",
  signerTitle: "PHÓ CHỦ TỊCH",
  signerName: "Trần Phước Hiền",
  recipientsNote: "Như trên\nCT, các PCT UBND tỉnh\nLưu: VT, KGVX",
};

export function readPdf(pdf: Buffer) {
  const dir = mkdtempSync(path.join(tmpdir(), "invitation-"));
  try {
    const file = path.join(dir, "invitation.pdf");
    writeFileSync(file, pdf);
    const text = execFileSync("pdftotext", ["-enc", "UTF-8", "-layout", file, "-"], { encoding: "utf8" }).normalize("NFC");
    const info = execFileSync("pdfinfo", ["-f", "1", "-l", "99", file], { encoding: "utf8" });
    const fonts = execFileSync("pdffonts", [file], { encoding: "utf8" });
    const pageSizes = [...info.matchAll(/^Page\s+\d+ size:\s+(.+)$/gm)].map((match) => match[1]!.trim());
    return { lines: text.split("\n").map((line) => line.trim()).filter(Boolean), flat: text.replace(/\s+/g, " "), pageSizes, fonts };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
