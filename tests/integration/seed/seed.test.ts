import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../lib/db-client";
import { BOOTH_CATEGORIES, findOverlappingBooths, isInsideHall } from "../../../lib/exhibition/rules";
import { isDatabaseEmpty, seedDatabase } from "../../../prisma/seed";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";

// Expectations are copied from the plans (seeds 000 and 002), not from prisma/seed-data, so that a
// wrong value in the data files fails here.

const ZONE = "Asia/Ho_Chi_Minh";
const SKHCN = "Sở Khoa học và Công nghệ";
const MAIN_VENUE = "trung-tam-hoi-nghi-trien-lam-quang-ngai";
const THEME_2025 =
  "Hội tụ nguồn lực Khoa học, Công nghệ, Đổi mới sáng tạo và Chuyển đổi số - Vì một Quảng Ngãi phát triển nhanh và bền vững";

type PartOfDay = "morning" | "afternoon" | "days";
type Activity = {
  slug: string;
  type: string;
  title: string;
  firstDay: string;
  lastDay: string;
  part: PartOfDay;
  venue: string | null;
  coordinating: string[];
};

const activities2025: Activity[] = [
  {
    slug: "hoi-thao-chuyen-doi-so-du-lich",
    type: "WORKSHOP",
    title: "Hội thảo “Ứng dụng các giải pháp chuyển đổi số phát triển du lịch tỉnh Quảng Ngãi”",
    firstDay: "2025-09-19",
    lastDay: "2025-09-19",
    part: "morning",
    venue: "xa-mang-den",
    coordinating: ["Sở Văn hóa, Thể thao và Du lịch", "Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân xã Măng Đen"],
  },
  {
    slug: "le-khai-mac",
    type: "OPENING_CEREMONY",
    title: "Lễ khai mạc",
    firstDay: "2025-09-25",
    lastDay: "2025-09-25",
    part: "afternoon",
    venue: MAIN_VENUE,
    coordinating: ["Các sở, ban, ngành liên quan"],
  },
  {
    slug: "trien-lam-cong-nghe-so",
    type: "EXHIBITION",
    title: "Triển lãm công nghệ số và sản phẩm đổi mới sáng tạo",
    firstDay: "2025-09-25",
    lastDay: "2025-09-26",
    part: "days",
    venue: MAIN_VENUE,
    coordinating: [
      "Sở Nông nghiệp và Môi trường",
      "Sở Công Thương",
      "Các doanh nghiệp công nghệ số trong và ngoài tỉnh",
      "Các doanh nghiệp khoa học và công nghệ",
      "Các doanh nghiệp khởi nghiệp sáng tạo",
      "Các chủ thể OCOP",
    ],
  },
  {
    slug: "toa-dam-hien-ke",
    type: "ROUND_TABLE",
    title:
      "Tọa đàm giữa lãnh đạo chính quyền tỉnh với nhà khoa học, chuyên gia về hiến kế phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Quảng Ngãi",
    firstDay: "2025-09-25",
    lastDay: "2025-09-25",
    part: "afternoon",
    venue: MAIN_VENUE,
    coordinating: ["Văn phòng Ủy ban nhân dân tỉnh", "Sở Tài chính"],
  },
  {
    slug: "hoi-thao-hoi-tu-nguon-luc",
    type: "CONFERENCE",
    title: `Hội thảo “${THEME_2025}”`,
    firstDay: "2025-09-26",
    lastDay: "2025-09-26",
    part: "morning",
    venue: MAIN_VENUE,
    coordinating: [
      "Cục Đổi mới sáng tạo",
      "Cục Chuyển đổi số quốc gia",
      "Văn phòng Ủy ban nhân dân tỉnh",
      "Các sở, ban, ngành liên quan",
    ],
  },
  {
    slug: "truyen-thong-su-kien",
    type: "COMMUNICATIONS",
    title: "Truyền thông sự kiện",
    firstDay: "2025-09-01",
    lastDay: "2025-10-10",
    part: "days",
    venue: null,
    coordinating: ["Báo Quảng Ngãi", "Các sở, ban, ngành liên quan", "Các địa phương trong tỉnh"],
  },
];

function local(instant: Date, pattern: "yyyy-MM-dd" | "HH:mm"): string {
  return format(new TZDate(instant.getTime(), ZONE), pattern);
}

function findSession(db: Database, year: number, slug: string) {
  return db.session.findFirstOrThrow({
    where: { slug, edition: { year } },
    include: {
      venue: true,
      leadUnit: true,
      coordinatingUnits: { include: { unit: true }, orderBy: { position: "asc" } },
    },
  });
}

/** Every row the seed writes, in a stable order, so that two snapshots compare field by field. */
async function snapshotSeededRows(db: Database) {
  return {
    units: await db.unit.findMany({ orderBy: { name: "asc" } }),
    venues: await db.venue.findMany({ orderBy: { slug: "asc" } }),
    editions: await db.edition.findMany({ orderBy: { year: "asc" } }),
    editionUnits: await db.editionCoordinatingUnit.findMany({ orderBy: [{ editionId: "asc" }, { position: "asc" }] }),
    editionVenues: await db.editionVenue.findMany({ orderBy: [{ editionId: "asc" }, { position: "asc" }] }),
    sessions: await db.session.findMany({ orderBy: [{ editionId: "asc" }, { slug: "asc" }] }),
    sessionUnits: await db.sessionCoordinatingUnit.findMany({ orderBy: [{ sessionId: "asc" }, { position: "asc" }] }),
    registers: await db.invitationRegister.findMany({ orderBy: { symbol: "asc" } }),
    booths: await db.booth.findMany({ orderBy: [{ editionId: "asc" }, { code: "asc" }] }),
  };
}

describe("the seeded database", () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase("seeded");
  });

  afterAll(async () => {
    await database?.drop();
  });

  it("holds the 2025 edition with the plan's theme, dates and organising bodies", async () => {
    const edition = await database.db.edition.findUniqueOrThrow({
      where: { year: 2025 },
      include: {
        directingUnit: true,
        leadUnit: true,
        coordinatingUnits: { include: { unit: true }, orderBy: { position: "asc" } },
        venues: { include: { venue: true }, orderBy: { position: "asc" } },
      },
    });
    expect(edition).toMatchObject({
      slug: "2025",
      name: "Tuần lễ Đổi mới sáng tạo và Chuyển đổi số tỉnh Quảng Ngãi năm 2025",
      theme: THEME_2025,
      status: "PUBLISHED",
      isCurrent: true,
      timeZone: ZONE,
      expectedAttendance: 800,
    });
    expect(edition.startsOn.toISOString().slice(0, 10)).toBe("2025-09-19");
    expect(edition.endsOn.toISOString().slice(0, 10)).toBe("2025-09-26");
    expect(edition.directingUnit?.name).toBe("Ủy ban nhân dân tỉnh Quảng Ngãi");
    expect(edition.leadUnit?.name).toBe(SKHCN);
    expect(edition.coordinatingUnits.map((link) => link.unit.name)).toEqual([
      "Văn phòng Ủy ban nhân dân tỉnh",
      "Sở Văn hóa, Thể thao và Du lịch",
      "Sở Nông nghiệp và Môi trường",
      "Sở Công Thương",
      "Tỉnh đoàn Quảng Ngãi",
      "Các địa phương trong tỉnh",
    ]);
    expect(edition.venues.map((link) => link.venue.slug)).toEqual([MAIN_VENUE, "xa-mang-den"]);
  });

  it("holds exactly the six activities of the 2025 plan, all published", async () => {
    const sessions = await database.db.session.findMany({ where: { edition: { year: 2025 } }, orderBy: { slug: "asc" } });
    expect(sessions.map((session) => session.slug)).toEqual(activities2025.map((activity) => activity.slug).sort());
    expect(sessions.every((session) => session.status === "PUBLISHED")).toBe(true);
  });

  it.each(activities2025)("holds $slug on its local day(s), at its venue, led and coordinated as the plan says", async (activity) => {
    const session = await findSession(database.db, 2025, activity.slug);
    expect(session.type).toBe(activity.type);
    expect(session.title).toBe(activity.title);
    expect(local(session.startsAt, "yyyy-MM-dd")).toBe(activity.firstDay);
    expect(local(session.endsAt, "yyyy-MM-dd")).toBe(activity.lastDay);
    if (activity.part === "morning") {
      expect(local(session.startsAt, "HH:mm") >= "06:00").toBe(true);
      expect(local(session.endsAt, "HH:mm") <= "12:00").toBe(true);
    }
    if (activity.part === "afternoon") {
      expect(local(session.startsAt, "HH:mm") >= "12:00").toBe(true);
      expect(local(session.endsAt, "HH:mm") <= "18:00").toBe(true);
    }
    expect(session.venue?.slug ?? null).toBe(activity.venue);
    expect(session.leadUnit.name).toBe(SKHCN);
    expect(session.coordinatingUnits.map((link) => link.unit.name).sort()).toEqual([...activity.coordinating].sort());
  });

  it("marks as provisional the hours the plan does not give", async () => {
    const sessions = await database.db.session.findMany({ where: { edition: { year: 2025 } } });
    expect(sessions.every((session) => session.timesProvisional)).toBe(true);
  });

  it("lets delegates register for the opening and the main conference, each for at least 800 seats", async () => {
    for (const slug of ["le-khai-mac", "hoi-thao-hoi-tu-nguon-luc"]) {
      const session = await findSession(database.db, 2025, slug);
      expect(session.registrationOpen).toBe(true);
      expect(session.capacity).toBeGreaterThanOrEqual(800);
    }
  });

  it("holds the archived 2023 edition, 28/9–02/10/2023, with its two parallel workshops at overlapping times", async () => {
    const edition = await database.db.edition.findUniqueOrThrow({ where: { year: 2023 } });
    expect(edition).toMatchObject({ status: "ARCHIVED", isCurrent: false });
    expect(edition.startsOn.toISOString().slice(0, 10)).toBe("2023-09-28");
    expect(edition.endsOn.toISOString().slice(0, 10)).toBe("2023-10-02");

    const agriculture = await findSession(database.db, 2023, "hoi-thao-cds-nong-nghiep");
    const tourism = await findSession(database.db, 2023, "hoi-thao-cds-du-lich");
    for (const workshop of [agriculture, tourism]) {
      expect(local(workshop.startsAt, "yyyy-MM-dd")).toBe("2023-09-29");
      expect(local(workshop.startsAt, "HH:mm") >= "12:00").toBe(true);
    }
    expect(agriculture.startsAt < tourism.endsAt && tourism.startsAt < agriculture.endsAt).toBe(true);
  });

  it("makes only the 2025 edition current", async () => {
    const current = await database.db.edition.findMany({ where: { isCurrent: true }, select: { year: true } });
    expect(current).toEqual([{ year: 2025 }]);
  });

  it("opens the invitation register GM-UBND of UBND tỉnh", async () => {
    const register = await database.db.invitationRegister.findUniqueOrThrow({
      where: { symbol: "GM-UBND" },
      include: { issuerUnit: true },
    });
    expect(register.issuerUnit.name).toBe("Ủy ban nhân dân tỉnh Quảng Ngãi");
    expect(register.parentBody).toBeNull();
  });

  it("holds an exhibition of 20 published booths at the main venue, covering every category, none overlapping in the 60 m × 36 m hall", async () => {
    const booths = await database.db.booth.findMany({
      where: { edition: { year: 2025 } },
      include: { venue: true },
      orderBy: { code: "asc" },
    });
    expect(booths).toHaveLength(20);
    expect(booths.every((booth) => booth.status === "PUBLISHED" && booth.venue?.slug === MAIN_VENUE)).toBe(true);
    expect(new Set(booths.map((booth) => booth.category))).toEqual(new Set(BOOTH_CATEGORIES));
    expect(booths.every((booth) => /^[A-Z]\d{2}$/.test(booth.code))).toBe(true);
    expect(findOverlappingBooths(booths)).toEqual([]);
    expect(booths.filter((booth) => !isInsideHall(booth, { width: 600, height: 360 })).map((booth) => booth.code)).toEqual([]);
    // The documents name no exhibitors: contacts are organisation mailboxes on a reserved domain.
    expect(booths.every((booth) => booth.contactEmail?.endsWith("@example.vn"))).toBe(true);
    expect(booths.every((booth) => booth.products.length > 0 && booth.description.length > 0)).toBe(true);
    expect(await database.db.booth.count({ where: { edition: { year: 2023 } } })).toBe(0);
  });

  it("changes nothing when seeded a second time", async () => {
    const before = await snapshotSeededRows(database.db);
    await seedDatabase(database.db);
    expect(await snapshotSeededRows(database.db)).toEqual(before);
  });
});

describe("seeding an empty database", () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase("migrated");
  });

  afterAll(async () => {
    await database?.drop();
  });

  it("reports the database empty until the first seed, and writes nothing on the second", async () => {
    expect(await isDatabaseEmpty(database.db)).toBe(true);

    const first: string[] = [];
    await seedDatabase(database.db, (line) => first.push(line));
    expect(await isDatabaseEmpty(database.db)).toBe(false);
    expect(first).toContain("editions: 2 created, 0 updated");

    const second: string[] = [];
    await seedDatabase(database.db, (line) => second.push(line));
    expect(second.length).toBeGreaterThan(0);
    expect(second.filter((line) => !line.endsWith(": 0 created, 0 updated"))).toEqual([]);
  });
});
