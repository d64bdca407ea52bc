import { describe, expect, it } from "vitest";
import { matchesPressSearch, pressDuplicates } from "@/lib/press/rules";

const entry = (id: string, fields: Partial<{ fullName: string; outlet: string; cardNumber: string; email: string; phone: string; passCode: string | null }> = {}) => ({
  id,
  fullName: "Trần Văn Báo",
  outlet: "Báo Quảng Ngãi",
  cardNumber: `HNB-${id}`,
  email: `${id}@baoqn.vn`,
  phone: `090500000${id}`,
  passCode: null,
  ...fields,
});

describe("the press desk's list", () => {
  it("flags accreditations sharing a name and phone however typed, or a press card, with how many others", () => {
    const entries = [
      entry("1", { phone: "0905 123 456" }),
      entry("2", { fullName: "tran van bao", phone: "+84905123456" }),
      entry("3", { fullName: "TRẦN  VĂN BÁO", phone: "0905.123.456" }),
      entry("4", { fullName: "Lê Thị Tin", cardNumber: "HNB-1" }),
      entry("5", { fullName: "Ngô Minh Ảnh" }),
    ];
    const duplicates = pressDuplicates(entries);
    expect(Object.fromEntries(duplicates)).toEqual({ "1": 2, "2": 2, "3": 2, "4": 1 });
  });

  it("finds a journalist by any word of name, outlet, card, e-mail or phone, accents ignored", () => {
    const one = entry("1", { fullName: "Phạm Thị Hương", outlet: "Đài PT-TH Quảng Ngãi", phone: "0905 123 456", passCode: "BC25-7F3K9" });
    expect(matchesPressSearch(one, "huong quang ngai")).toBe(true);
    expect(matchesPressSearch(one, "905123")).toBe(true);
    expect(matchesPressSearch(one, "bc25-7f3k9")).toBe(true);
    expect(matchesPressSearch(one, "huong da nang")).toBe(false);
  });
});
