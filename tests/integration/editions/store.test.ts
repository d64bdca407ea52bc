import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findCurrentEditionYear } from "@/lib/agenda/public-queries";
import { editionSchemas } from "@/lib/editions/schema";
import {
  changeEditionStatus,
  copyEdition,
  createEdition,
  deleteEdition,
  findEditionDeletion,
  makeEditionCurrent,
  updateEdition,
} from "@/lib/editions/store";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";

// Editions against the seeded data: next year's Week started from 2025 in one step, then published
// and made current, every step audited.

let database: TestDatabase;
let organizerId: string;
const actor = () => ({ userId: organizerId, ip: "10.9.0.9" });
const DAY_MS = 86_400_000;

beforeAll(async () => {
  database = await createTestDatabase("seeded");
  ({ id: organizerId } = await database.db.user.create({
    data: { email: "ky.moi@sokhcn.gov.vn", name: "Cán bộ Kỳ mới", role: "ORGANIZER", passwordHash: "x" },
  }));
});

afterAll(async () => {
  await database?.drop();
});

describe("editions", () => {
  let copyId: string;

  it("copies the 2025 edition to 2026: units, venues and every session shifted to the new dates, all drafts", async () => {
    const input = editionSchemas.copy.parse({ sourceYear: "2025", year: "2026", startsOn: "2026-09-18" });
    const { id, sessions } = await copyEdition(database.db, input, actor());
    copyId = id;
    const [source, copy] = await Promise.all(
      [2025, 2026].map((year) =>
        database.db.edition.findUniqueOrThrow({
          where: { year },
          include: {
            coordinatingUnits: { orderBy: { position: "asc" } },
            venues: { orderBy: { position: "asc" } },
            sessions: { orderBy: { slug: "asc" }, include: { coordinatingUnits: { orderBy: { position: "asc" } } } },
          },
        }),
      ),
    );
    const shift = 364 * DAY_MS;
    expect(copy).toMatchObject({
      slug: "2026",
      status: "DRAFT",
      isCurrent: false,
      name: "Tuần lễ Đổi mới sáng tạo và Chuyển đổi số tỉnh Quảng Ngãi năm 2026",
      nameEn: "Quang Ngai Innovation and Digital Transformation Week 2026",
      startsOn: new Date("2026-09-18T00:00:00Z"),
      endsOn: new Date(source!.endsOn.getTime() + shift),
      leadUnitId: source!.leadUnitId,
      directingUnitId: source!.directingUnitId,
    });
    expect(copy!.coordinatingUnits.map((unit) => unit.unitId)).toEqual(source!.coordinatingUnits.map((unit) => unit.unitId));
    expect(copy!.venues.map((venue) => venue.venueId)).toEqual(source!.venues.map((venue) => venue.venueId));

    expect(sessions).toBe(source!.sessions.length);
    expect(copy!.sessions.map((session) => session.slug)).toEqual(source!.sessions.map((session) => session.slug));
    copy!.sessions.forEach((session, index) => {
      const original = source!.sessions[index]!;
      expect(session.startsAt.getTime() - original.startsAt.getTime()).toBe(shift);
      expect(session.endsAt.getTime() - original.endsAt.getTime()).toBe(shift);
      expect(session).toMatchObject({
        status: "DRAFT",
        registrationOpen: false,
        seatsTaken: 0,
        title: original.title,
        venueId: original.venueId,
        leadUnitId: original.leadUnitId,
      });
      expect(session.coordinatingUnits.map((unit) => unit.unitId)).toEqual(original.coordinatingUnits.map((unit) => unit.unitId));
    });
    // 25/09/2025 14:00 was a Thursday afternoon in Quảng Ngãi; so is 24/09/2026 14:00.
    const opening = copy!.sessions.find((session) => session.slug === "le-khai-mac")!;
    expect(opening.startsAt).toEqual(new Date("2026-09-24T07:00:00Z"));

    const entry = await database.db.auditLog.findFirstOrThrow({ where: { action: "edition.copy", entityId: id } });
    expect(entry).toMatchObject({ userId: organizerId, before: { copiedFrom: 2025 } });
    expect(entry.after).toMatchObject({ year: 2026, shiftedByDays: 364, sessions });
  });

  it("refuses a second edition of the same year", async () => {
    const input = editionSchemas.newEdition.parse({ year: "2026", name: "Trùng", theme: "Trùng", startsOn: "2026-01-01", endsOn: "2026-01-02" });
    await expect(createEdition(database.db, input, actor())).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("makes 2026 current only once published, after which 2025 can be archived; each step audited", async () => {
    await expect(makeEditionCurrent(database.db, copyId, actor())).rejects.toMatchObject({ details: { reason: "notPublished" } });
    await changeEditionStatus(database.db, copyId, "publish", actor());
    await makeEditionCurrent(database.db, copyId, actor());
    expect(await findCurrentEditionYear(database.db)).toBe(2026);
    const old = await database.db.edition.findUniqueOrThrow({ where: { year: 2025 } });
    expect(old.isCurrent).toBe(false);
    await changeEditionStatus(database.db, old.id, "archive", actor());
    await expect(changeEditionStatus(database.db, copyId, "archive", actor())).rejects.toMatchObject({ details: { reason: "isCurrent" } });

    const actions = await database.db.auditLog.findMany({ where: { entityType: "Edition" }, orderBy: { id: "asc" }, select: { action: true, entityId: true } });
    expect(actions).toEqual([
      { action: "edition.copy", entityId: copyId },
      { action: "edition.publish", entityId: copyId },
      { action: "edition.make-current", entityId: copyId },
      { action: "edition.archive", entityId: old.id },
    ]);
  });

  it("creates an empty draft edition", async () => {
    const input = editionSchemas.newEdition.parse({ year: "2027", name: "Tuần lễ năm 2027", theme: "Chủ đề", startsOn: "2027-09-17", endsOn: "2027-09-24" });
    const { id } = await createEdition(database.db, input, actor());
    expect(await database.db.edition.findUniqueOrThrow({ where: { id } })).toMatchObject({ slug: "2027", status: "DRAFT", isCurrent: false });
  });

  it("renames an edition and moves its dates, but never so that a session falls outside the Week", async () => {
    const edition = await database.db.edition.findUniqueOrThrow({ where: { year: 2026 } });
    const sessions = await database.db.session.findMany({ where: { editionId: edition.id, status: { not: "CANCELLED" } }, orderBy: { startsAt: "asc" } });
    const form = { editionId: edition.id, name: "Tuần lễ ĐMST năm 2026", nameEn: "", theme: edition.theme, themeEn: edition.themeEn ?? "" };

    await updateEdition(database.db, editionSchemas.edit.parse({ ...form, startsOn: "2026-09-18", endsOn: "2026-09-27" }), actor());
    expect(await database.db.edition.findUniqueOrThrow({ where: { id: edition.id } })).toMatchObject({
      name: "Tuần lễ ĐMST năm 2026",
      nameEn: null,
      endsOn: new Date("2026-09-27T00:00:00Z"),
      year: 2026,
    });
    const entry = await database.db.auditLog.findFirstOrThrow({ where: { action: "edition.update", entityId: edition.id } });
    expect(entry.before).toMatchObject({ name: edition.name, endsOn: edition.endsOn.toISOString() });
    expect(entry.after).toMatchObject({ name: "Tuần lễ ĐMST năm 2026", endsOn: "2026-09-27T00:00:00.000Z" });

    // The first day of the Week (18/09, Quảng Ngãi time) has sessions: starting on 19/09 would drop them.
    // (The media campaign, 31/08–09/10, was outside the Week from the start and stays so without blocking.)
    const firstDay = sessions
      .filter((session) => session.startsAt >= new Date("2026-09-17T17:00:00Z") && session.startsAt < new Date("2026-09-18T17:00:00Z"))
      .map((session) => session.title);
    expect(firstDay.length).toBeGreaterThan(0);
    const moved = editionSchemas.edit.parse({ ...form, name: "Không được lưu", startsOn: "2026-09-19", endsOn: "2026-09-27" });
    await expect(updateEdition(database.db, moved, actor())).rejects.toMatchObject({
      code: "INVALID_STATE",
      details: { reason: "sessionsOutside", titles: firstDay },
    });
    expect(await database.db.edition.findUniqueOrThrow({ where: { id: edition.id } })).toMatchObject({ name: "Tuần lễ ĐMST năm 2026" });
  });

  it("deletes a draft copied by mistake together with its draft sessions, and audits it", async () => {
    const input = editionSchemas.copy.parse({ sourceYear: "2025", year: "2035", startsOn: "2035-09-14" });
    const { id, sessions } = await copyEdition(database.db, input, actor());
    expect(await findEditionDeletion(database.db, id)).toEqual({ ok: true, sessions });

    await deleteEdition(database.db, id, actor());
    expect(await database.db.edition.findUnique({ where: { id } })).toBeNull();
    expect(await database.db.session.count({ where: { editionId: id } })).toBe(0);
    // The source keeps its programme.
    expect(await database.db.session.count({ where: { edition: { year: 2025 } } })).toBe(sessions);
    const entry = await database.db.auditLog.findFirstOrThrow({ where: { action: "edition.delete", entityId: id } });
    expect(entry).toMatchObject({ userId: organizerId, before: { year: 2035, status: "DRAFT", sessions } });
  });

  it("never deletes a published edition or a draft that already holds something, and says what", async () => {
    const published = await database.db.edition.findUniqueOrThrow({ where: { year: 2026 } });
    await expect(deleteEdition(database.db, published.id, actor())).rejects.toMatchObject({ code: "INVALID_STATE", details: { reason: "notDraft" } });

    const draft = await database.db.edition.findUniqueOrThrow({ where: { year: 2027 } });
    await database.db.newsPost.create({ data: { editionId: draft.id, slug: "thong-bao", title: "Thông báo", body: "Nội dung" } });
    expect(await findEditionDeletion(database.db, draft.id)).toEqual({ ok: false, reason: "notEmpty", holds: { newsPosts: 1 }, sessions: 0 });
    await expect(deleteEdition(database.db, draft.id, actor())).rejects.toMatchObject({ details: { reason: "notEmpty", holds: { newsPosts: 1 } } });
    expect(await database.db.edition.findUnique({ where: { id: draft.id } })).not.toBeNull();
    expect(await database.db.auditLog.count({ where: { action: "edition.delete", entityId: { in: [published.id, draft.id] } } })).toBe(0);
  });

  it("checks edited dates in order, with the message in Vietnamese", () => {
    const result = editionSchemas.edit.safeParse({ editionId: crypto.randomUUID(), name: "Tên", theme: "Chủ đề", startsOn: "2026-09-25", endsOn: "2026-09-18" });
    expect(result.error?.issues).toEqual([expect.objectContaining({ path: ["endsOn"], message: "Ngày kết thúc không được trước ngày bắt đầu." })]);
  });
});
