import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFactSheetDataIn } from "@/lib/media/fact-sheet-queries";
import { renderFactSheetPdf } from "@/lib/media/fact-sheet-pdf";
import { factSheetPdf, factSheetRenderings } from "@/lib/media/generated-documents";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";

// The fact sheet read back with poppler's pdftotext, as a journalist's PDF reader would: Vietnamese
// intact, the Week's dates and the registration figures as the database holds them, on one A4 page.

const URLS = { portal: "https://tuanle.example.vn/", press: "https://tuanle.example.vn/bao-chi/dang-ky", kit: "https://tuanle.example.vn/bao-chi" };

function readPdf(pdf: Uint8Array) {
  const dir = mkdtempSync(path.join(tmpdir(), "fact-sheet-"));
  try {
    const file = path.join(dir, "fact-sheet.pdf");
    writeFileSync(file, pdf);
    const text = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
    const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
    return { text: text.normalize("NFC").replace(/\s+/g, " "), info };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("the edition's fact sheet", () => {
  let database: TestDatabase;
  let vietnamese: ReturnType<typeof readPdf>;
  let english: ReturnType<typeof readPdf>;

  beforeAll(async () => {
    database = await createTestDatabase("seeded");
    const edition = await database.db.edition.findUniqueOrThrow({ where: { year: 2025 } });
    // Three delegates registered (one of them cancelled since) and 1,234 seats taken in the opening ceremony.
    for (const [index, status] of (["ACTIVE", "ACTIVE", "CANCELLED"] as const).entries()) {
      await database.db.registration.create({
        data: { editionId: edition.id, code: `QN25-FACT${index}`, fullName: "Nguyễn Văn An", email: `an${index}@example.vn`, group: "GOVERNMENT", status },
      });
    }
    await database.db.session.updateMany({ where: { editionId: edition.id, slug: "le-khai-mac" }, data: { capacity: 1500, seatsTaken: 1234 } });
    const data = (await readFactSheetDataIn(database.db, 2025))!;
    vietnamese = readPdf(await renderFactSheetPdf({ data, locale: "vi", urls: URLS }));
    english = readPdf(await renderFactSheetPdf({ data, locale: "en", urls: URLS }));
  });

  afterAll(async () => {
    await database?.drop();
  });

  it("fits on one A4 page", () => {
    expect(vietnamese.info).toMatch(/Pages:\s+1\n/);
    expect(vietnamese.info).toMatch(/Page size:\s+595\.2\d? x 841\.8\d? pts \(A4\)/);
    expect(english.info).toMatch(/Pages:\s+1\n/);
  });

  it("states the edition, its theme, dates and venues in Vietnamese with every diacritic", () => {
    expect(vietnamese.text).toContain("Tuần lễ Đổi mới sáng tạo và Chuyển đổi số tỉnh Quảng Ngãi năm 2025");
    expect(vietnamese.text).toContain("Chủ đề:");
    expect(vietnamese.text).toContain("Thời gian: 19/09 – 26/09/2025 (8 ngày)");
    expect(vietnamese.text).toContain("Trung tâm Hội nghị và Triển lãm tỉnh Quảng Ngãi");
    expect(vietnamese.text).toContain("Xã Măng Đen");
    expect(vietnamese.text).toContain("Đơn vị chủ trì: Sở Khoa học và Công nghệ");
  });

  it("lists the main activities with their days, lead and coordinating units", () => {
    expect(vietnamese.text).toContain("Hội thảo “Ứng dụng các giải pháp chuyển đổi số phát triển du lịch tỉnh Quảng Ngãi”");
    expect(vietnamese.text).toMatch(/25\/09\/2025 Lễ khai mạc/);
    expect(vietnamese.text).toMatch(/25\/09 – 26\/09\/2025 Triển lãm công nghệ số và sản phẩm đổi mới sáng tạo/);
    expect(vietnamese.text).toMatch(/01\/09 – 10\/10\/2025 Truyền thông sự kiện Chủ trì: Sở Khoa học và Công nghệ[^·]*· Phối hợp: Báo Quảng Ngãi/);
  });

  it("gives the registration figures the database holds, written as each language writes numbers", () => {
    expect(vietnamese.text).toContain("Dự kiến 800 lượt đại biểu tham dự");
    expect(vietnamese.text).toContain("2 đại biểu đã đăng ký trực tuyến");
    expect(vietnamese.text).toMatch(/1\.234\/[\d.]+ chỗ đã được xác nhận/);
    expect(english.text).toContain("800 delegates expected");
    expect(english.text).toContain("2 delegates have registered online");
    expect(english.text).toMatch(/1,234 of [\d,]+ seats confirmed/);
  });

  it("says whom to contact and where the portal, the accreditation form and the kit are", () => {
    expect(vietnamese.text).toContain("Liên hệ");
    expect(vietnamese.text).toContain("Đăng ký tác nghiệp báo chí: https://tuanle.example.vn/bao-chi/dang-ky");
    expect(english.text).toContain("Press accreditation: https://tuanle.example.vn/bao-chi/dang-ky");
    expect(english.text).toContain("Theme:");
  });

  it("is rendered once per version of what it shows, and again when the figures change", async () => {
    const before = factSheetRenderings();
    const first = await factSheetPdf(database.db, 2025, "vi", URLS);
    const again = await factSheetPdf(database.db, 2025, "vi", URLS);
    expect(again!.etag).toBe(first!.etag);
    expect(factSheetRenderings()).toBe(before + 1);
    const edition = await database.db.edition.findUniqueOrThrow({ where: { year: 2025 } });
    await database.db.registration.create({ data: { editionId: edition.id, code: "QN25-FACT9", fullName: "Trần Thị Bình", email: "binh@example.vn", group: "ENTERPRISE" } });
    const updated = await factSheetPdf(database.db, 2025, "vi", URLS);
    expect(updated!.etag).not.toBe(first!.etag);
    expect(readPdf(updated!.body).text).toContain("3 đại biểu đã đăng ký trực tuyến");
  });

  it("is nothing for an edition that is not public", async () => {
    expect(await factSheetPdf(database.db, 1999, "vi", URLS)).toBeNull();
  });
});
