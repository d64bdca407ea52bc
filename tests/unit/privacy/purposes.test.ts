import { describe, expect, it } from "vitest";
import { ConsentPurpose } from "@/lib/generated/prisma/enums";
import en from "@/lib/i18n/messages/en.json";
import vi from "@/lib/i18n/messages/vi.json";
import { consentPurposesUsed, PERSONAL_DATA_ACCESS_ACTIONS, PROCESSING_PURPOSES } from "@/lib/privacy/purposes";
import { basisText, recordDocument } from "@/lib/privacy/record-document";
import type { ProcessingRecord } from "@/lib/privacy/processing-record-queries";
import { parseRecordPeriod } from "@/lib/privacy/schema";

describe("the table of processing purposes", () => {
  it("names each purpose once, with at least one personal field", () => {
    const keys = PROCESSING_PURPOSES.map((purpose) => purpose.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const purpose of PROCESSING_PURPOSES) expect(purpose.fields.length).toBeGreaterThan(0);
  });

  it("covers the purposes the brief of Law 91 asks for", () => {
    expect(PROCESSING_PURPOSES.map((purpose) => purpose.key)).toEqual(
      expect.arrayContaining(["registration", "seats", "checkIn", "invitations", "press", "exhibitors", "email", "feedback", "audit"]),
    );
  });

  it("rests some purpose on every consent the forms ask for", () => {
    expect(consentPurposesUsed().sort()).toEqual(Object.values(ConsentPurpose).sort());
  });

  it("has words in Vietnamese and English for every purpose, field, legal basis and access action", () => {
    for (const words of [vi.privacyRecord, en.privacyRecord]) {
      for (const purpose of PROCESSING_PURPOSES) {
        expect(words.purposes[purpose.key]).toBeTruthy();
        for (const field of purpose.fields) expect(words.fields[field]).toBeTruthy();
        expect(basisText(words, purpose.basis)).toBeTruthy();
      }
      for (const action of PERSONAL_DATA_ACCESS_ACTIONS) expect((words.actions as Record<string, string>)[action]).toBeTruthy();
    }
  });
});

describe("the period of the record", () => {
  const now = new Date("2025-09-12T08:00:00+07:00");

  it("defaults to the last 30 days, today included, in Quảng Ngãi's days", () => {
    const parsed = parseRecordPeriod({}, now);
    expect(parsed).toMatchObject({ ok: true, from: "2025-08-14", to: "2025-09-12" });
    if (!parsed.ok) return;
    expect(parsed.period.from.toISOString()).toBe("2025-08-13T17:00:00.000Z");
    expect(parsed.period.to.toISOString()).toBe("2025-09-12T17:00:00.000Z");
  });

  it("reads days typed dd/MM/yyyy or ISO, and refuses reversed, impossible or too long periods", () => {
    expect(parseRecordPeriod({ from: "01/09/2025", to: "2025-09-05" }, now)).toMatchObject({ ok: true, from: "2025-09-01", to: "2025-09-05" });
    expect(parseRecordPeriod({ from: "06/09/2025", to: "05/09/2025" }, now)).toEqual({ ok: false });
    expect(parseRecordPeriod({ from: "30/02/2025" }, now)).toEqual({ ok: false });
    expect(parseRecordPeriod({ from: "01/01/2015", to: "01/01/2025" }, now)).toEqual({ ok: false });
  });
});

describe("the record as a document", () => {
  it("prints a row per purpose with its retention date, and says when a period had nothing", () => {
    const record: ProcessingRecord = {
      period: { from: new Date("2025-08-31T17:00:00Z"), to: new Date("2025-09-30T17:00:00Z") },
      purposes: PROCESSING_PURPOSES.map((purpose) => ({ ...purpose, subjectCount: 7 })),
      editions: [],
      consentsWithdrawn: [],
      erasures: { registrations: 0, accreditations: 0, applications: 0, auditEvents: 0 },
      accesses: [],
    };
    const document = recordDocument(record, { year: 2025, dueAt: new Date("2026-09-20T17:00:00Z") }, new Date("2025-10-01T03:00:00Z"));
    const purposes = document.blocks.find((block) => block.kind === "table")!;
    if (purposes.kind !== "table") throw new Error("expected the purposes table");
    expect(purposes.rows).toHaveLength(PROCESSING_PURPOSES.length);
    expect(purposes.rows[0]).toEqual([
      "Đăng ký tham dự",
      "họ và tên, chức vụ, cơ quan/đơn vị, nhóm đại biểu, e-mail, số điện thoại, tỉnh/thành phố",
      "Sự đồng ý của chủ thể dữ liệu cho mục đích xử lý đăng ký",
      "12 tháng sau khi kỳ Tuần lễ kết thúc (kỳ 2025: xóa từ 21/09/2026)",
      "7",
    ]);
    expect(document.blocks).toContainEqual({ kind: "paragraph", text: "Kỳ thống kê: từ ngày 01/09/2025 đến hết ngày 30/09/2025." });
    expect(document.blocks.filter((block) => block.kind === "paragraph" && block.text === "Không có trong kỳ.")).toHaveLength(3);
  });
});
