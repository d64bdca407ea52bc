import { describe, expect, it } from "vitest";
import { getTranslator } from "@/lib/i18n/translator";
import { toCsv } from "@/lib/exports/table";
import { buildExportTable, type ExportRow } from "@/lib/registration/export-table";

const labels = getTranslator("vi", "adminExport");
const groups = getTranslator("vi", "delegateGroup") as (group: string) => string;

function row(overrides: Partial<ExportRow> = {}): ExportRow {
  return {
    code: "QN25-7F3K9",
    status: "ACTIVE",
    fullName: "Nguyễn Văn Đức",
    position: "Giám đốc",
    organization: "Công ty Cổ phần \"Đức Phát\", Quảng Ngãi",
    group: "ENTERPRISE",
    email: "duc@example.vn",
    phone: "+84905123456",
    province: "Quảng Ngãi",
    createdAt: new Date("2025-09-01T01:30:00Z"),
    seats: [
      { status: "CONFIRMED", session: { id: "s1", title: "Lễ khai mạc" } },
      { status: "WAITLISTED", session: { id: "s2", title: "Tọa đàm" } },
    ],
    checkIns: [{ sessionId: "s1", checkedInAt: new Date("2025-09-19T00:45:00Z") }],
    consents: [{ purpose: "REGISTRATION" }, { purpose: "MEDIA" }],
    ...overrides,
  };
}

describe("the registration export", () => {
  it("starts with a byte-order mark, keeps Vietnamese letters and quotes cells with commas or quotes", () => {
    const csv = toCsv(buildExportTable([row()], labels, groups, (status) => status));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, line] = csv.slice(1).split("\r\n");
    expect(header).toMatch(/^Mã đăng ký,Họ và tên,Chức vụ,Đơn vị,Nhóm đại biểu,/);
    expect(line).toBe(
      'QN25-7F3K9,Nguyễn Văn Đức,Giám đốc,"Công ty Cổ phần ""Đức Phát"", Quảng Ngãi","Doanh nghiệp, hợp tác xã",duc@example.vn,0905 123 456,Quảng Ngãi,ACTIVE,"Lễ khai mạc; Tọa đàm (chờ)",Lễ khai mạc 19/09/2025 07:45,Có,Không,01/09/2025 08:30',
    );
  });

  it("never lets a cell start like a spreadsheet formula", () => {
    const csv = toCsv(buildExportTable([row({ organization: "=HYPERLINK(\"http://x\")" })], labels, groups, (status) => status));
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
  });
});
