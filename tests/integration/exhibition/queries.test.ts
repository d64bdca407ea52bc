import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getBoothIn, listExhibitionIn } from "@/lib/exhibition/public-queries";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";

// The directory's search and filters against the seeded exhibition of 2025 (prisma/seed-data/booths-2025.ts).

let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase("seeded");
});

afterAll(async () => {
  await database?.drop();
});

async function matchingCodes(filters: Parameters<typeof listExhibitionIn>[2]) {
  const exhibition = await listExhibitionIn(database.db, 2025, filters);
  if (!exhibition) throw new Error("the 2025 exhibition is missing");
  return exhibition.matching.map((booth) => booth.code);
}

describe("the booth directory", () => {
  it("lists every published booth by code, all matching without filters, in the main hall", async () => {
    const exhibition = await listExhibitionIn(database.db, 2025);
    expect(exhibition?.booths).toHaveLength(20);
    expect(exhibition?.matching.map((booth) => booth.code)).toEqual(exhibition?.booths.map((booth) => booth.code));
    expect(exhibition?.booths[0]?.code).toBe("A01");
    expect(exhibition?.hallVenueSlug).toBe("trung-tam-hoi-nghi-trien-lam-quang-ngai");
    expect(exhibition?.event?.title).toBe("Triển lãm công nghệ số và sản phẩm đổi mới sáng tạo");
  });

  it("finds the agriculture booths when a visitor types “nong nghiep” without diacritics", async () => {
    const codes = await matchingCodes({ q: "nong nghiep" });
    const agriculture = await database.db.booth.findMany({
      where: { edition: { year: 2025 }, category: "AGRICULTURE_SOLUTION" },
      select: { code: true },
    });
    expect(agriculture.length).toBeGreaterThan(0);
    expect(codes).toEqual(expect.arrayContaining(agriculture.map((booth) => booth.code)));
    // The agriculture start-up is found by its text, whatever its category.
    expect(codes).toContain("B02");
    expect(codes).not.toContain("B05");
  });

  it("finds the same booths with diacritics, in capitals or decomposed (NFD) as some keyboards type them", async () => {
    const plain = await matchingCodes({ q: "nong nghiep" });
    expect(await matchingCodes({ q: "NÔNG NGHIỆP" })).toEqual(plain);
    expect(await matchingCodes({ q: "nông nghiệp".normalize("NFD") })).toEqual(plain);
  });

  it("finds a booth by its code, its products or its exhibitor unit's short name", async () => {
    expect(await matchingCodes({ q: "c04" })).toEqual(["C04"]);
    expect(await matchingCodes({ q: "toi den" })).toEqual(["D01"]);
    expect(await matchingCodes({ q: "KH&CN" })).toContain("A01");
  });

  it("treats LIKE wildcards typed by a visitor as plain characters", async () => {
    expect(await matchingCodes({ q: "%" })).toEqual([]);
    expect(await matchingCodes({ q: "_" })).toEqual([]);
  });

  it("narrows to one category, and combines it with a search", async () => {
    expect(await matchingCodes({ category: "OCOP_PRODUCT" })).toEqual(["D01", "D02", "D03"]);
    expect(await matchingCodes({ category: "TOURISM_SOLUTION" })).toEqual(["C01", "C02", "C03"]);
    expect(await matchingCodes({ category: "STARTUP", q: "nong nghiep" })).toEqual(["B02"]);
    expect(await matchingCodes({ category: "OCOP_PRODUCT", q: "robot" })).toEqual([]);
  });

  it("keeps draft booths out of the directory and their pages", async () => {
    await database.db.booth.update({
      where: { editionId_code: { editionId: await edition2025Id(), code: "D03" } },
      data: { status: "DRAFT" },
    });
    try {
      const exhibition = await listExhibitionIn(database.db, 2025);
      expect(exhibition?.booths.map((booth) => booth.code)).not.toContain("D03");
      expect(await getBoothIn(database.db, 2025, "D03")).toBeNull();
    } finally {
      await database.db.booth.update({
        where: { editionId_code: { editionId: await edition2025Id(), code: "D03" } },
        data: { status: "PUBLISHED" },
      });
    }
  });

  it("shows the 2023 edition with no booths, and no exhibition for a year without an edition", async () => {
    expect((await listExhibitionIn(database.db, 2023))?.booths).toEqual([]);
    expect(await listExhibitionIn(database.db, 2019)).toBeNull();
  });
});

describe("a booth page", () => {
  it("holds the exhibitor, its unit, products, description and organisation contact", async () => {
    const found = await getBoothIn(database.db, 2025, "C04");
    expect(found?.booth).toMatchObject({
      code: "C04",
      category: "AGRICULTURE_SOLUTION",
      exhibitorName: "Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi",
      exhibitorUnit: { name: "Sở Nông nghiệp và Môi trường" },
      publicContact: { email: "trienlam.snnmt@example.vn", phone: null, website: null },
      images: [],
    });
    expect(found?.booth.description.length).toBeGreaterThan(0);
    expect(found?.booths).toHaveLength(20);
  });

  it("is not found for an unknown code or another edition's year", async () => {
    expect(await getBoothIn(database.db, 2025, "Z99")).toBeNull();
    expect(await getBoothIn(database.db, 2023, "A01")).toBeNull();
  });
});

async function edition2025Id() {
  return (await database.db.edition.findUniqueOrThrow({ where: { year: 2025 }, select: { id: true } })).id;
}
