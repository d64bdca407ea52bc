import { describe, expect, it } from "vitest";
import { toCsv } from "@/lib/exports/table";
import { getMessages, getTranslator } from "@/lib/i18n/translator";
import { buildAccreditationTable, type AccreditationExportRow } from "@/lib/press/export-table";

const labels = getTranslator("vi", "pressExport");
const statuses = getMessages("vi").adminPress.statuses;
const statusLabel = (status: string) => statuses[status as keyof typeof statuses];

function row(overrides: Partial<AccreditationExportRow> = {}): AccreditationExportRow {
  return {
    passCode: "BC25-7F3K9",
    fullName: "Phạm Thu Hà",
    outlet: "Báo Quảng Ngãi",
    cardNumber: "BC-01234/2025",
    email: "ha@baoqn.example.vn",
    phone: "+84905123456",
    status: "APPROVED",
    createdAt: new Date("2025-09-01T01:30:00Z"),
    decidedAt: new Date("2025-09-02T03:05:00Z"),
    sessions: [{ session: { title: "Lễ khai mạc" } }, { session: { title: "Tọa đàm chuyển đổi số" } }],
    checkIns: [{ checkedInAt: new Date("2025-09-25T06:50:00Z"), session: { title: "Lễ khai mạc" } }],
    ...overrides,
  };
}

describe("the press desk's list of journalists", () => {
  it("has one Vietnamese column per fact the desk checks, times in Quảng Ngãi", () => {
    const table = buildAccreditationTable([row()], labels, statusLabel);
    expect(table.headers).toEqual([
      "Mã thẻ tác nghiệp",
      "Họ và tên",
      "Cơ quan báo chí",
      "Số thẻ nhà báo",
      "E-mail",
      "Điện thoại",
      "Trạng thái",
      "Hoạt động đưa tin",
      "Check-in",
      "Gửi đăng ký lúc",
      "Xét duyệt lúc",
    ]);
    expect(table.rows[0]).toEqual([
      "BC25-7F3K9",
      "Phạm Thu Hà",
      "Báo Quảng Ngãi",
      "BC-01234/2025",
      "ha@baoqn.example.vn",
      "0905 123 456",
      "Đã duyệt",
      "Lễ khai mạc; Tọa đàm chuyển đổi số",
      "Lễ khai mạc 25/09/2025 13:50",
      "01/09/2025 08:30",
      "02/09/2025 10:05",
    ]);
  });

  it("leaves the pass code and decision empty while a request waits", () => {
    const [cells] = buildAccreditationTable([row({ passCode: null, status: "PENDING", decidedAt: null, checkIns: [] })], labels, statusLabel).rows;
    expect(cells![0]).toBe("");
    expect(cells![6]).toBe("Chờ duyệt");
    expect(cells![8]).toBe("");
    expect(cells![10]).toBe("");
  });

  it("cannot smuggle a formula into the spreadsheet through what a journalist typed", () => {
    const csv = toCsv(buildAccreditationTable([row({ outlet: "=HYPERLINK(\"http://x\",\"Báo\")" })], labels, statusLabel));
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""Báo"")"`);
  });
});
