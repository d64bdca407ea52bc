import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { zipSync } from "fflate";
import { buildImportReport, IMPORT_LIMITS, readTable, templateCsv, templateXlsx, TEMPLATE_COLUMNS } from "@/lib/invitations/import";
import { inviteeKey } from "@/lib/invitations/rules";

const HEADER = [...TEMPLATE_COLUMNS];

describe("invitee import", () => {
  it("reports every row: accepted, duplicate (in the file or the batch) and invalid with the reason", () => {
    const existing = new Set([inviteeKey({ fullName: "Đã có", organization: null, email: "da.co@quangngai.gov.vn" })]);
    const report = buildImportReport(
      [
        HEADER,
        ["Ông", "Nguyễn Văn An", "Giám đốc", "Sở KH&CN", "an@quangngai.gov.vn", "0905 123 456", ""],
        ["", "", "", "", "", "", ""],
        ["", "Trần Thị Bình", "", "", "AN@quangngai.gov.vn", "", ""],
        ["", "Lê Đã Có", "", "", "da.co@quangngai.gov.vn", "", ""],
        ["", "Phạm Văn C", "", "", "khong-phai-email", "", ""],
        ["", "", "Chức vụ", "", "", "", ""],
        ["", "Hồ Thị D", "", "", "", "12345", ""],
      ],
      existing,
    );
    if (!report.ok) throw new Error(report.message);
    expect(report.rows).toEqual([
      { row: 2, fullName: "Nguyễn Văn An", status: "accepted", reason: null },
      { row: 4, fullName: "Trần Thị Bình", status: "duplicate", reason: "đã có ở dòng 2" },
      { row: 5, fullName: "Lê Đã Có", status: "duplicate", reason: "đã có trong danh sách" },
      { row: 6, fullName: "Phạm Văn C", status: "invalid", reason: "E-mail: Địa chỉ e-mail không hợp lệ, ví dụ: ten@donvi.gov.vn." },
      { row: 7, fullName: "", status: "invalid", reason: "Họ và tên: Vui lòng nhập họ và tên." },
      { row: 8, fullName: "Hồ Thị D", status: "invalid", reason: expect.stringMatching(/^Điện thoại: Số điện thoại không hợp lệ/) },
    ]);
    expect(report.counts).toEqual({ accepted: 1, duplicate: 2, invalid: 3 });
    expect(report.accepted).toEqual([
      { salutation: "Ông", fullName: "Nguyễn Văn An", position: "Giám đốc", organization: "Sở KH&CN", email: "an@quangngai.gov.vn", phone: "+84905123456", address: null },
    ]);
  });

  it("takes a salutation typed into the name out of it, so that it is printed once", () => {
    const report = buildImportReport(
      [
        ["Họ và tên", "Danh xưng", "E-mail"],
        ["Ông Lê Văn Hùng", "", "hung@quangngai.gov.vn"],
        ["Bà Trần Thị Mai", "Bà", "mai@quangngai.gov.vn"],
        ["Ông/Bà Phạm Văn Tư", "", "tu@quangngai.gov.vn"],
      ],
      new Set(),
    );
    if (!report.ok) throw new Error(report.message);
    expect(report.accepted.map(({ salutation, fullName }) => ({ salutation, fullName }))).toEqual([
      { salutation: "Ông", fullName: "Lê Văn Hùng" },
      { salutation: "Bà", fullName: "Trần Thị Mai" },
      { salutation: null, fullName: "Phạm Văn Tư" },
    ]);
  });

  it("finds the columns by their titles, whatever their order, accents or case", () => {
    const report = buildImportReport([["EMAIL", "ho va ten", "Cơ quan, đơn vị"], ["x@quangngai.gov.vn", "Võ Thị Sáu", "UBND xã"]], new Set());
    expect(report).toMatchObject({ ok: true, accepted: [{ fullName: "Võ Thị Sáu", email: "x@quangngai.gov.vn", organization: "UBND xã" }] });
    expect(buildImportReport([["Tên đơn vị", "E-mail"]], new Set())).toEqual({ ok: false, message: "Không tìm thấy cột “Họ và tên” ở dòng đầu của tệp." });
  });

  it("reads the CSV template as Excel saves it (BOM, semicolons) and the XLSX template", async () => {
    const csv = await readTable({ name: "mau.csv", bytes: Buffer.from(templateCsv(), "utf8") });
    expect(csv).toMatchObject({ ok: true, table: [HEADER, ["Ông", expect.stringMatching(/^Nguyễn Văn An$/), "Giám đốc", expect.any(String), expect.any(String), expect.any(String), expect.any(String)]] });
    const semicolons = await readTable({ name: "excel.csv", bytes: Buffer.from("\uFEFFHọ và tên;E-mail\r\nĐặng Thùy Trâm;tram@example.vn\r\n", "utf8") });
    expect(semicolons).toEqual({ ok: true, table: [["Họ và tên", "E-mail"], ["Đặng Thùy Trâm", "tram@example.vn"]] });
    const xlsx = await readTable({ name: "mau.xlsx", bytes: await templateXlsx() });
    expect(xlsx.ok && xlsx.table[0]).toEqual(HEADER);
    expect(xlsx.ok && xlsx.table[1]?.slice(0, 2)).toEqual(["Ông", "Nguyễn Văn An"]);
  });

  it("reads a workbook typed by hand, and refuses files it cannot read", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Danh sách");
    sheet.addRow(["Họ và tên", "Điện thoại"]);
    sheet.addRow(["Ngô Bảo Châu", "0255 3822 123"]);
    const read = await readTable({ name: "ds.XLSX", bytes: Buffer.from(await workbook.xlsx.writeBuffer()) });
    if (!read.ok) throw new Error(read.message);
    expect(read.table.map((row) => row.filter(Boolean))).toEqual([["Họ và tên", "Điện thoại"], ["Ngô Bảo Châu", "0255 3822 123"]]);
    expect(await readTable({ name: "ds.xlsx", bytes: Buffer.from("not a zip") })).toMatchObject({ ok: false });
    expect(await readTable({ name: "ds.csv", bytes: Buffer.from([0xff, 0xfe, 0x00]) })).toMatchObject({ ok: false });
  });

  it("refuses a workbook that would unpack to more than the limit, without unpacking it", async () => {
    // 64 MB of zeros compress to about 64 kB: small on the wire, a bomb once unpacked.
    const bomb = zipSync({ "xl/worksheets/sheet1.xml": new Uint8Array(64 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(IMPORT_LIMITS.kilobytes * 1024);
    expect(await readTable({ name: "ds.xlsx", bytes: Buffer.from(bomb) })).toMatchObject({ ok: false });
  });
});
