import { expect, it } from "vitest";
import { byFullName } from "@/lib/i18n/collate";

it("sorts names in Vietnamese alphabetical order, accented initials beside their letter, not after Z", () => {
  const names = ["Đặng Văn Bảo", "Zơ Râm Hiếu", "Ân Thị Hoa", "Dương Minh Châu", "Anh Tuấn", "Bùi Lan"];
  const sorted = names.map((fullName) => ({ fullName })).toSorted(byFullName).map((person) => person.fullName);
  expect(sorted).toEqual(["Anh Tuấn", "Ân Thị Hoa", "Bùi Lan", "Dương Minh Châu", "Đặng Văn Bảo", "Zơ Râm Hiếu"]);
});
