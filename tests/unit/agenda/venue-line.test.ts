import { describe, expect, it } from "vitest";
import { addressBeyondName, venueLine } from "@/lib/agenda/present";

describe("a venue's line", () => {
  it("does not repeat the province the venue's name already says", () => {
    expect(venueLine("Trung tâm Hội nghị và Triển lãm tỉnh Quảng Ngãi", "Tỉnh Quảng Ngãi")).toBe(
      "Trung tâm Hội nghị và Triển lãm tỉnh Quảng Ngãi",
    );
    expect(addressBeyondName("Trung tâm Hội nghị và Triển lãm tỉnh Quảng Ngãi", "Tỉnh Quảng Ngãi")).toBe("");
  });

  it("keeps what the address adds, without repeating the name", () => {
    expect(venueLine("Xã Măng Đen", "Xã Măng Đen, tỉnh Quảng Ngãi")).toBe("Xã Măng Đen, tỉnh Quảng Ngãi");
    expect(venueLine("UBND huyện Mộ Đức", "Huyện Mộ Đức, tỉnh Quảng Ngãi (địa giới hành chính năm 2023)")).toBe(
      "UBND huyện Mộ Đức, tỉnh Quảng Ngãi (địa giới hành chính năm 2023)",
    );
    expect(venueLine("Khách sạn Mường Thanh", "Số 2 Phạm Văn Đồng, phường Cẩm Thành, tỉnh Quảng Ngãi")).toBe(
      "Khách sạn Mường Thanh, Số 2 Phạm Văn Đồng, phường Cẩm Thành, tỉnh Quảng Ngãi",
    );
  });
});
