import { describe, expect, it } from "vitest";
import { nationalPhone, neutraliseFormula, toCsv } from "@/lib/exports/table";

describe("a table as CSV", () => {
  it("starts with a byte-order mark and ends every line with CRLF, so Excel reads Vietnamese as it is", () => {
    const csv = toCsv({ headers: ["Họ và tên", "Đơn vị"], rows: [["Đặng Thị Ánh", "Sở KH&CN"]] });
    expect(csv).toBe("\uFEFFHọ và tên,Đơn vị\r\nĐặng Thị Ánh,Sở KH&CN\r\n");
  });

  it("quotes cells with commas, quotes, semicolons or line breaks", () => {
    const csv = toCsv({ headers: ["a"], rows: [['Công ty "Đức Phát", Quảng Ngãi'], ["một; hai"], ["dòng 1\ndòng 2"]] });
    expect(csv.slice(1).split("\r\n").slice(1, 4)).toEqual(['"Công ty ""Đức Phát"", Quảng Ngãi"', '"một; hai"', '"dòng 1\ndòng 2"']);
  });

  it("never lets a cell start like a spreadsheet formula", () => {
    expect(neutraliseFormula("=HYPERLINK(\"http://x\")")).toBe("'=HYPERLINK(\"http://x\")");
    expect(neutraliseFormula("+84905123456")).toBe("'+84905123456");
    expect(neutraliseFormula("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(neutraliseFormula("-1")).toBe("'-1");
    expect(neutraliseFormula("Nguyễn Văn A")).toBe("Nguyễn Văn A");
    expect(toCsv({ headers: ["a"], rows: [["=1+1"]] })).toContain("\r\n'=1+1\r\n");
  });

  it("writes phone numbers as people read them, so Excel keeps the leading zero", () => {
    expect(nationalPhone("+84905123456")).toBe("0905 123 456");
    expect(nationalPhone("+842553822123")).toBe("0255 3822 123");
    expect(nationalPhone(null)).toBe("");
  });
});
