import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listEditionSessionsIn } from "@/lib/agenda/public-queries";
import { catalogueSchemas } from "@/lib/catalogue/schema";
import { listCatalogue, mergeCatalogueRecords, saveCatalogueRecord } from "@/lib/catalogue/store";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";

// Units, venues and speakers against the seeded data: search without accents, the audit of each
// write, and merging a duplicate that sessions and editions already use.

let database: TestDatabase;
let organizerId: string;
const actor = () => ({ userId: organizerId, ip: "10.9.0.8" });

beforeAll(async () => {
  database = await createTestDatabase("seeded");
  ({ id: organizerId } = await database.db.user.create({
    data: { email: "danh.muc@sokhcn.gov.vn", name: "Cán bộ Danh mục", role: "ORGANIZER", passwordHash: "x" },
  }));
});

afterAll(async () => {
  await database?.drop();
});

describe("the programme's catalogue", () => {
  it("finds units, venues and speakers whatever the accents and case", async () => {
    const units = await listCatalogue(database.db, "units", "SO KHOA HOC cong nghe");
    expect(units.map((unit) => unit.name)).toContain("Sở Khoa học và Công nghệ");
    expect(units.every((unit) => /Khoa học và Công nghệ/.test(unit.name))).toBe(true);
    const venues = await listCatalogue(database.db, "venues", "mang den");
    expect(venues.map((venue) => venue.name)).toEqual(["Xã Măng Đen"]);
  });

  it("records the creation and the edit of a venue with the values before and after", async () => {
    const input = catalogueSchemas.venues.parse({ name: "Hội trường Đại học Phạm Văn Đồng", address: "Tỉnh Quảng Ngãi", capacity: "400" });
    const { id } = await saveCatalogueRecord(database.db, "venues", null, input, actor());
    await saveCatalogueRecord(database.db, "venues", id, { ...input, capacity: 450 }, actor());
    const venue = await database.db.venue.findUniqueOrThrow({ where: { id } });
    expect(venue).toMatchObject({ slug: "hoi-truong-dai-hoc-pham-van-dong", capacity: 450 });
    const entries = await database.db.auditLog.findMany({ where: { entityId: id }, orderBy: { id: "asc" } });
    expect(entries.map((entry) => [entry.action, entry.userId])).toEqual([
      ["venue.create", organizerId],
      ["venue.update", organizerId],
    ]);
    expect(entries[1]!.before).toMatchObject({ capacity: 400 });
    expect(entries[1]!.after).toMatchObject({ capacity: 450 });
  });

  it("refuses a second unit of the same name", async () => {
    const input = catalogueSchemas.units.parse({ name: "Sở Khoa học và Công nghệ", kind: "PROVINCIAL_DEPARTMENT" });
    await expect(saveCatalogueRecord(database.db, "units", null, input, actor())).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("merges a duplicate unit: its sessions and editions move to the unit kept, in one audited step", async () => {
    const kept = await database.db.unit.findUniqueOrThrow({ where: { name: "Sở Khoa học và Công nghệ" } });
    const { id: duplicate } = await saveCatalogueRecord(
      database.db,
      "units",
      null,
      catalogueSchemas.units.parse({ name: "Sở KH&CN tỉnh Quảng Ngãi", kind: "PROVINCIAL_DEPARTMENT" }),
      actor(),
    );
    const edition = await database.db.edition.findUniqueOrThrow({ where: { year: 2025 } });
    // The documents name the Department in several ways: one session already uses the duplicate.
    const tourism = await database.db.session.update({
      where: { editionId_slug: { editionId: edition.id, slug: "hoi-thao-chuyen-doi-so-du-lich" } },
      data: { leadUnitId: duplicate },
    });
    const opening = await database.db.session.findFirstOrThrow({ where: { editionId: edition.id, slug: "le-khai-mac" } });
    await database.db.sessionCoordinatingUnit.create({ data: { sessionId: opening.id, unitId: duplicate } });

    await mergeCatalogueRecords(database.db, "units", duplicate, kept.id, actor());

    expect(await database.db.unit.findUnique({ where: { id: duplicate } })).toBeNull();
    expect((await database.db.session.findUniqueOrThrow({ where: { id: tourism.id } })).leadUnitId).toBe(kept.id);
    // The opening is led by the unit kept: it does not also coordinate it.
    expect(await database.db.sessionCoordinatingUnit.count({ where: { sessionId: opening.id, unitId: { in: [kept.id, duplicate] } } })).toBe(0);
    const agenda = await listEditionSessionsIn(database.db, 2025);
    expect(agenda!.sessions.find((session) => session.id === tourism.id)!.leadUnit.name).toBe("Sở Khoa học và Công nghệ");
    const entry = await database.db.auditLog.findFirstOrThrow({ where: { action: "unit.merge", entityId: duplicate } });
    expect(entry.before).toMatchObject({ merged: { name: "Sở KH&CN tỉnh Quảng Ngãi" }, kept: { name: "Sở Khoa học và Công nghệ" } });
    expect(entry.after).toMatchObject({ mergedInto: kept.id });
  });

  it("merges duplicate speakers of the same session without a collision", async () => {
    const make = (name: string) => saveCatalogueRecord(database.db, "speakers", null, catalogueSchemas.speakers.parse({ name }), actor());
    const [{ id: first }, { id: second }] = await Promise.all([make("TS. Nguyễn Văn Bình"), make("Nguyễn Văn Bình")]);
    const session = await database.db.session.findFirstOrThrow({ where: { slug: "toa-dam-hien-ke" } });
    await database.db.sessionSpeaker.createMany({
      data: [
        { sessionId: session.id, speakerId: first, role: "CHAIR" },
        { sessionId: session.id, speakerId: second, role: "PANELLIST" },
      ],
    });
    await mergeCatalogueRecords(database.db, "speakers", second, first, actor());
    const speakers = await database.db.sessionSpeaker.findMany({ where: { sessionId: session.id } });
    expect(speakers.map((speaker) => [speaker.speakerId, speaker.role])).toEqual([[first, "CHAIR"]]);
  });
});
