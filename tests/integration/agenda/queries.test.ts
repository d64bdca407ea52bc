import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";

import {
  findCurrentEditionYear,
  getEditionSessionIn,
  getVenueWithSessionsIn,
  listEditionSessionsIn,
  readSitemapDataIn,
  type SessionFilters,
} from "../../../lib/agenda/public-queries";

const TOURISM_WORKSHOP = "hoi-thao-chuyen-doi-so-du-lich";
const MAIN_VENUE = "trung-tam-hoi-nghi-trien-lam-quang-ngai";

describe("agenda queries on the seeded data", () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase("seeded");
  });

  afterAll(async () => {
    await database?.drop();
  });

  const queries = {
    listEditionSessions: (year: number, filters?: SessionFilters, options?: { includeCancelled?: boolean }) =>
      listEditionSessionsIn(database.db, year, filters, options),
    getEditionSession: (year: number, slug: string) => getEditionSessionIn(database.db, year, slug),
  };

  async function slugs(filters: SessionFilters, year = 2025) {
    const result = await queries.listEditionSessions(year, filters);
    return result?.sessions.map((session) => session.slug) ?? null;
  }

  it("lists the six published 2025 sessions in time order, with units, venue and seats", async () => {
    const result = await queries.listEditionSessions(2025);
    expect(result?.edition).toMatchObject({ year: 2025, timeZone: "Asia/Ho_Chi_Minh", status: "PUBLISHED" });
    expect(result?.sessions.map((session) => session.slug)).toEqual([
      "truyen-thong-su-kien",
      TOURISM_WORKSHOP,
      "trien-lam-cong-nghe-so",
      "le-khai-mac",
      "toa-dam-hien-ke",
      "hoi-thao-hoi-tu-nguon-luc",
    ]);
    const opening = result!.sessions.find((session) => session.slug === "le-khai-mac")!;
    expect(opening.venue?.slug).toBe(MAIN_VENUE);
    expect(opening.leadUnit.name).toBe("Sở Khoa học và Công nghệ");
    expect(opening.coordinatingUnits.map((unit) => unit.name)).toEqual(["Các sở, ban, ngành liên quan"]);
    expect(opening).toMatchObject({ registrationOpen: true, seatsTaken: 0, waitlistCount: 0 });
  });

  it("answers null for a year without a public edition", async () => {
    expect(await queries.listEditionSessions(1999)).toBeNull();
    expect(await queries.getEditionSession(1999, "le-khai-mac")).toBeNull();
  });

  it("finds the same sessions for “mang den”, “MĂNG ĐEN” and “Măng Đen”", async () => {
    const plain = await slugs({ q: "mang den" });
    expect(plain).toContain(TOURISM_WORKSHOP);
    expect(await slugs({ q: "MĂNG ĐEN" })).toEqual(plain);
    expect(await slugs({ q: "Măng Đen" })).toEqual(plain);
    // Decomposed input (combining marks), as some keyboards type it, is normalised to NFC first.
    expect(await slugs({ q: "Măng Đen".normalize("NFD") })).toEqual(plain);
  });

  it("matches every word of the query anywhere: “hoi thao du lich” finds the tourism workshop", async () => {
    expect(await slugs({ q: "hoi thao du lich" })).toEqual([TOURISM_WORKSHOP]);
    expect(await slugs({ q: "du lich hoi thao" })).toEqual([TOURISM_WORKSHOP]);
  });

  it("searches unit names: “cuc doi moi sang tao” finds the conference it coordinates", async () => {
    // The round-table names the agency in its participants; the conference only as a coordinating unit.
    expect(await slugs({ q: "cuc doi moi sang tao" })).toEqual(["toa-dam-hien-ke", "hoi-thao-hoi-tu-nguon-luc"]);
  });

  it("searches English titles and English venue names", async () => {
    expect(await slugs({ q: "opening ceremony" })).toContain("le-khai-mac");
    expect(await slugs({ q: "convention centre" })).toEqual([
      "trien-lam-cong-nghe-so",
      "le-khai-mac",
      "toa-dam-hien-ke",
      "hoi-thao-hoi-tu-nguon-luc",
    ]);
  });

  it("searches speaker names without their accents", async () => {
    const session = await database.db.session.findFirstOrThrow({ where: { slug: "toa-dam-hien-ke", edition: { year: 2025 } } });
    await database.db.speaker.create({
      data: { name: "Nguyễn Thị Hồng Nhung", sessions: { create: { sessionId: session.id, role: "MODERATOR" } } },
    });
    expect(await slugs({ q: "hong nhung" })).toEqual(["toa-dam-hien-ke"]);
    const page = await queries.getEditionSession(2025, "toa-dam-hien-ke");
    expect(page?.session.speakers).toEqual([{ name: "Nguyễn Thị Hồng Nhung", position: null, organization: null, role: "MODERATOR" }]);
  });

  it("treats LIKE wildcards in the query as plain characters and finds nothing for unknown words", async () => {
    expect(await slugs({ q: "%" })).toEqual([]);
    expect(await slugs({ q: "_" })).toEqual([]);
    expect(await slugs({ q: "khongcogiday" })).toEqual([]);
  });

  it("puts the exhibition on 25 and 26/9 and the campaign on every day of the Week", async () => {
    expect(await slugs({ day: "2025-09-25" })).toEqual(["truyen-thong-su-kien", "trien-lam-cong-nghe-so", "le-khai-mac", "toa-dam-hien-ke"]);
    expect(await slugs({ day: "2025-09-26" })).toEqual(["truyen-thong-su-kien", "trien-lam-cong-nghe-so", "hoi-thao-hoi-tu-nguon-luc"]);
    expect(await slugs({ day: "2025-09-22" })).toEqual(["truyen-thong-su-kien"]);
    expect(await slugs({ day: "2025-10-11" })).toEqual([]);
  });

  it("filters by venue, type and lead unit, alone and together", async () => {
    expect(await slugs({ venue: "xa-mang-den" })).toEqual([TOURISM_WORKSHOP]);
    expect(await slugs({ type: "EXHIBITION" })).toEqual(["trien-lam-cong-nghe-so"]);
    const all = await queries.listEditionSessions(2025);
    const lead = all!.sessions[0]!.leadUnit.id;
    expect(await slugs({ lead })).toHaveLength(6);
    expect(await slugs({ lead: "00000000-0000-4000-8000-000000000000" })).toEqual([]);
    expect(await slugs({ venue: MAIN_VENUE, day: "2025-09-26", q: "hoi thao" })).toEqual(["hoi-thao-hoi-tu-nguon-luc"]);
  });

  it("finds nothing, rather than failing, for malformed filter values", async () => {
    expect(await slugs({ lead: "not-a-uuid" })).toEqual([]);
    expect(await slugs({ day: "2025-02-30" })).toEqual([]);
  });

  it("filters the archived 2023 edition the same way", async () => {
    expect(await slugs({ type: "EXHIBITION" }, 2023)).toEqual(["trien-lam-cong-nghe-so"]);
    expect(await slugs({ day: "2023-10-02" }, 2023)).toContain("cuoc-thi-video-to-cong-nghe-so-cong-dong");
  });

  it("leaves cancelled sessions out of the agenda but in calendar feeds and on their own page", async () => {
    await database.db.session.updateMany({ where: { slug: "toa-dam-hien-ke", edition: { year: 2025 } }, data: { status: "CANCELLED" } });
    expect(await slugs({ day: "2025-09-25" })).not.toContain("toa-dam-hien-ke");
    const withCancelled = await queries.listEditionSessions(2025, {}, { includeCancelled: true });
    expect(withCancelled?.sessions.find((session) => session.slug === "toa-dam-hien-ke")?.status).toBe("CANCELLED");
    const page = await queries.getEditionSession(2025, "toa-dam-hien-ke");
    expect(page?.session.status).toBe("CANCELLED");
  });

  it("hides draft sessions everywhere", async () => {
    await database.db.session.updateMany({ where: { slug: "le-khai-mac", edition: { year: 2025 } }, data: { status: "DRAFT" } });
    expect(await slugs({})).not.toContain("le-khai-mac");
    expect(await queries.getEditionSession(2025, "le-khai-mac")).toBeNull();
  });

  it("lists a venue's published sessions by edition, newest first, and nothing for an unknown venue", async () => {
    const venue = await getVenueWithSessionsIn(database.db, MAIN_VENUE);
    expect(venue?.venue).toMatchObject({ slug: MAIN_VENUE, name: "Trung tâm Hội nghị và Triển lãm tỉnh Quảng Ngãi", latitude: null });
    expect(venue?.editions.map((entry) => entry.edition.year)).toEqual([2025]);
    expect(venue?.editions[0]?.sessions.map((session) => session.slug)).toContain("trien-lam-cong-nghe-so");
    expect(await getVenueWithSessionsIn(database.db, "khong-co")).toBeNull();
  });

  it("gives the sitemap every public edition with its sessions and the venues in use", async () => {
    expect(await findCurrentEditionYear(database.db)).toBe(2025);
    const sitemap = await readSitemapDataIn(database.db);
    expect(sitemap.currentYear).toBe(2025);
    expect(sitemap.editions.map((edition) => [edition.year, edition.sessions.length])).toEqual([
      [2025, 5],
      [2023, 11],
    ]);
    // Earlier tests cancelled the round-table (its page stays) and made the opening a draft (hidden).
    const slugs2025 = sitemap.editions[0]!.sessions.map((session) => session.slug);
    expect(slugs2025).toContain("toa-dam-hien-ke");
    expect(slugs2025).not.toContain("le-khai-mac");
    expect(sitemap.venues.map((venue) => venue.slug)).toContain("xa-mang-den");
  });
});
