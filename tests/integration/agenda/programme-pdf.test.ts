import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listEditionSessionsIn } from "../../../lib/agenda/public-queries";
import { renderProgrammePdf } from "../../../lib/agenda/programme-pdf";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";

// Read back with poppler's pdftotext/pdfinfo, as a person's PDF reader would: the text must come out
// with every Vietnamese diacritic intact, on A4 pages.

function readPdf(pdf: Buffer) {
  const dir = mkdtempSync(path.join(tmpdir(), "programme-"));
  try {
    const file = path.join(dir, "programme.pdf");
    writeFileSync(file, pdf);
    const text = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
    const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
    return { text: text.normalize("NFC").replace(/\s+/g, " "), info };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("programme PDF", () => {
  let database: TestDatabase;
  let vietnamese: ReturnType<typeof readPdf>;

  beforeAll(async () => {
    database = await createTestDatabase("seeded");
    const listing = await listEditionSessionsIn(database.db, 2025);
    if (!listing) throw new Error("2025 edition missing from the seed");
    const pdf = await renderProgrammePdf({ ...listing, locale: "vi", agendaUrl: "https://example.vn/agenda" });
    vietnamese = readPdf(pdf);
  });

  afterAll(async () => {
    await database?.drop();
  });

  it("is printed on A4 pages", () => {
    expect(vietnamese.info).toMatch(/Page size:\s+595\.2\d? x 841\.8\d? pts \(A4\)/);
  });

  it("carries the edition and every session with correct Vietnamese text", () => {
    expect(vietnamese.text).toContain("Tuần lễ Đổi mới sáng tạo và Chuyển đổi số tỉnh Quảng Ngãi năm 2025");
    expect(vietnamese.text).toContain("Hội thảo “Ứng dụng các giải pháp chuyển đổi số phát triển du lịch tỉnh Quảng Ngãi”");
    expect(vietnamese.text).toContain("Lễ khai mạc");
    expect(vietnamese.text).toContain("Tọa đàm");
    expect(vietnamese.text).toContain("Sở Văn hóa, Thể thao và Du lịch");
    expect(vietnamese.text).toContain("Ủy ban nhân dân xã Măng Đen");
  });

  it("lays the Week out day by day with Vietnamese weekdays and half-days", () => {
    expect(vietnamese.text).toContain("Thứ Sáu, 19/09/2025");
    expect(vietnamese.text).toContain("Thứ Sáu, 26/09/2025");
    expect(vietnamese.text).toContain("BUỔI SÁNG");
    expect(vietnamese.text).toContain("08:00 – 11:30");
    expect(vietnamese.text.indexOf("Thứ Sáu, 19/09/2025")).toBeLessThan(vietnamese.text.indexOf("Thứ Năm, 25/09/2025"));
  });

  it("lists the communications campaign once, up front, rather than on every day", () => {
    expect(vietnamese.text).toContain("Suốt Tuần lễ");
    expect(vietnamese.text.split("Truyền thông sự kiện").length - 1).toBe(1);
    expect(vietnamese.text.indexOf("Truyền thông sự kiện")).toBeLessThan(vietnamese.text.indexOf("Thứ Sáu, 19/09/2025"));
  });

  it("gives a day with nothing of its own one line, not a band over an empty space", () => {
    expect(vietnamese.text).toContain("Thứ Hai, 22/09/2025: Chỉ có các hoạt động suốt Tuần lễ (nêu ở đầu chương trình).");
  });

  it("speaks English on request", async () => {
    const listing = await listEditionSessionsIn(database.db, 2025);
    const english = readPdf(await renderProgrammePdf({ ...listing!, locale: "en", agendaUrl: "https://example.vn/en/agenda" }));
    expect(english.text).toContain("Friday, 19/09/2025");
    expect(english.text).toContain("Opening ceremony");
  });
});
