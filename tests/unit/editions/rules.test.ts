import { describe, expect, it } from "vitest";
import { canBecomeCurrent, canDeleteEdition, daysBetween, nextEditionStatus, renameForYear, shiftByDays, suggestedCopy } from "../../../lib/editions/rules";
import { deletionRefusal } from "../../../lib/editions/present";
import { getTranslator } from "../../../lib/i18n/translator";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("copying an edition to a new year", () => {
  it("counts whole days between SQL dates and moves instants by them, keeping the local hour", () => {
    expect(daysBetween(day("2025-09-19"), day("2026-09-18"))).toBe(364);
    expect(shiftByDays(new Date("2025-09-25T07:00:00Z"), 364)).toEqual(new Date("2026-09-24T07:00:00Z"));
  });

  it("renames the year in a name, not other numbers", () => {
    expect(renameForYear("Tuần lễ Đổi mới sáng tạo năm 2025", 2025, 2026)).toBe("Tuần lễ Đổi mới sáng tạo năm 2026");
    expect(renameForYear("Kế hoạch 120250 và 2025/2025", 2025, 2026)).toBe("Kế hoạch 120250 và 2026/2026");
  });

  it("proposes the newest edition, a year on, on the same weekday", () => {
    expect(suggestedCopy({ year: 2025, startsOn: day("2025-09-19") })).toEqual({ sourceYear: 2025, year: 2026, startsOn: "2026-09-18" });
  });
});

describe("edition statuses", () => {
  it("publishes drafts and archives past published editions", () => {
    expect(nextEditionStatus({ status: "DRAFT", isCurrent: false }, "publish")).toEqual({ ok: true, status: "PUBLISHED" });
    expect(nextEditionStatus({ status: "PUBLISHED", isCurrent: false }, "archive")).toEqual({ ok: true, status: "ARCHIVED" });
  });

  it("keeps the current edition from being archived and drafts from becoming current", () => {
    expect(nextEditionStatus({ status: "PUBLISHED", isCurrent: true }, "archive")).toEqual({ ok: false, reason: "isCurrent" });
    expect(nextEditionStatus({ status: "ARCHIVED", isCurrent: false }, "publish")).toEqual({ ok: false, reason: "invalidTransition" });
    expect(canBecomeCurrent({ status: "DRAFT" })).toBe(false);
    expect(canBecomeCurrent({ status: "PUBLISHED" })).toBe(true);
  });
});

describe("deleting an edition", () => {
  const empty = { registrations: 0, invitationBatches: 0, booths: 0, exhibitorApplications: 0, mediaAssets: 0, pressAccreditations: 0, newsPosts: 0 };
  const t = getTranslator("vi", "adminEditions");

  it("is allowed for an empty draft only", () => {
    expect(canDeleteEdition({ status: "DRAFT" }, empty)).toEqual({ ok: true });
    expect(canDeleteEdition({ status: "PUBLISHED" }, empty)).toEqual({ ok: false, reason: "notDraft" });
    expect(canDeleteEdition({ status: "ARCHIVED" }, empty)).toEqual({ ok: false, reason: "notDraft" });
  });

  it("names what a draft already holds, in Vietnamese", () => {
    const refusal = canDeleteEdition({ status: "DRAFT" }, { ...empty, registrations: 12, booths: 3 });
    expect(refusal).toEqual({ ok: false, reason: "notEmpty", holds: { registrations: 12, booths: 3 } });
    expect(deletionRefusal(t, refusal as Exclude<typeof refusal, { ok: true }>)).toBe("Không thể xóa: kỳ này đã có 12 đăng ký tham dự, 3 gian hàng.");
    expect(deletionRefusal(t, { ok: false, reason: "notDraft" })).toBe("Kỳ này đã công bố nên không thể xóa; sau khi diễn ra, hãy lưu trữ.");
  });
});
