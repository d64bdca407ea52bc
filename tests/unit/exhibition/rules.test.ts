import { describe, expect, it } from "vitest";
import { BoothCategory } from "@/lib/generated/prisma/enums";
import { hallPlanFor } from "@/lib/exhibition/floor-plan";
import {
  BOOTH_CATEGORIES,
  placementProblems,
  findOverlappingBooths,
  isInsideHall,
  normalizeBoothCode,
  productList,
  rectanglesOverlap,
} from "@/lib/exhibition/rules";
import { exhibition2025 } from "../../../prisma/seed-data/booths-2025";

const stand = (code: string, x: number, y: number, width = 30, height = 30) => ({ code, x, y, width, height });

describe("booth overlap on the floor map", () => {
  it("lets stands built side by side share an edge", () => {
    expect(rectanglesOverlap(stand("A01", 0, 0), stand("A02", 30, 0))).toBe(false);
    expect(rectanglesOverlap(stand("A01", 0, 0), stand("B01", 0, 30))).toBe(false);
    expect(rectanglesOverlap(stand("A01", 0, 0), stand("B02", 30, 30))).toBe(false);
  });

  it("refuses two stands that share any floor", () => {
    expect(rectanglesOverlap(stand("A01", 0, 0), stand("A02", 29, 0))).toBe(true);
    expect(rectanglesOverlap(stand("A01", 0, 0), stand("A02", 10, 10, 5, 5))).toBe(true);
    expect(rectanglesOverlap(stand("A01", 10, 10, 5, 5), stand("A02", 0, 0, 60, 60))).toBe(true);
    expect(rectanglesOverlap(stand("A01", 0, 10, 60, 5), stand("A02", 20, 0, 5, 60))).toBe(true);
  });

  it("names each overlapping pair once, by code", () => {
    const booths = [stand("A01", 0, 0, 60), stand("A02", 30, 0), stand("A03", 60, 0), stand("A04", 65, 10)];
    expect(findOverlappingBooths(booths)).toEqual([
      ["A01", "A02"],
      ["A03", "A04"],
    ]);
  });

  it("finds no overlap and no booth outside the hall in the 2025 exhibition", () => {
    const hall = hallPlanFor(exhibition2025.venue, exhibition2025.booths);
    expect(findOverlappingBooths(exhibition2025.booths)).toEqual([]);
    expect(exhibition2025.booths.filter((booth) => !isInsideHall(booth, hall))).toEqual([]);
  });

  it("keeps booths clear of the hall's fixed areas", () => {
    const hall = hallPlanFor(exhibition2025.venue, exhibition2025.booths);
    const areas = hall.areas.map((area) => ({ ...area, code: area.label }));
    const clashes = findOverlappingBooths([...exhibition2025.booths, ...areas]).filter(
      ([first, second]) => /^[A-Z]\d{2}$/.test(first) !== /^[A-Z]\d{2}$/.test(second),
    );
    expect(clashes).toEqual([]);
  });
});

describe("the hall", () => {
  it("places a booth that reaches the wall inside, and one past it outside", () => {
    expect(isInsideHall(stand("A01", 570, 330), { width: 600, height: 360 })).toBe(true);
    expect(isInsideHall(stand("A01", 571, 0), { width: 600, height: 360 })).toBe(false);
    expect(isInsideHall(stand("A01", -1, 0), { width: 600, height: 360 })).toBe(false);
  });

  it("draws a bare floor around the booths of a venue without a drawn hall", () => {
    const plan = hallPlanFor("xa-mang-den", [stand("A01", 0, 0), stand("A02", 100, 40)]);
    expect(plan).toMatchObject({ width: 160, height: 100, entrances: [] });
  });
});

describe("booth categories", () => {
  it("list every category of the database once", () => {
    expect([...BOOTH_CATEGORIES].sort()).toEqual(Object.values(BoothCategory).sort());
  });
});

describe("booth codes", () => {
  it("read a code typed in lower case or with spaces", () => {
    expect(normalizeBoothCode(" a01 ")).toBe("A01");
    expect(normalizeBoothCode("C05")).toBe("C05");
  });

  it("refuse what is not a zone letter and two digits", () => {
    for (const value of ["A1", "AA01", "A001", "01", "", "A0１", "apply"]) expect(normalizeBoothCode(value)).toBeNull();
  });
});

describe("a booth's products", () => {
  it("list one product per semicolon or line, each with a capital, without blanks", () => {
    expect(productList("Tỏi Lý Sơn; tỏi đen;\nđường phổi\n\n ; ")).toEqual(["Tỏi Lý Sơn", "Tỏi đen", "Đường phổi"]);
    expect(productList("")).toEqual([]);
  });
});

describe("placing a booth", () => {
  const hall = { width: 600, height: 360 };
  const row = [
    { code: "A01", x: 30, y: 30, width: 30, height: 30 },
    { code: "A02", x: 60, y: 30, width: 30, height: 30 },
  ];

  it("accepts free floor beside other booths, edge to edge", () => {
    expect(placementProblems({ x: 90, y: 30, width: 30, height: 30 }, hall, row)).toEqual([]);
  });

  it("names the booths it would stand on", () => {
    expect(placementProblems({ x: 45, y: 40, width: 30, height: 30 }, hall, row)).toEqual([
      { kind: "overlap", codes: ["A01", "A02"] },
    ]);
  });

  it("refuses a booth reaching past the hall's walls", () => {
    expect(placementProblems({ x: 580, y: 0, width: 30, height: 30 }, hall, row)).toEqual([{ kind: "outside-hall" }]);
  });
});
