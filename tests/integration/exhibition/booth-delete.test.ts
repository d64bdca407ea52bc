import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteBooth } from "@/lib/exhibition/booth-store";
import { addBoothImages } from "@/lib/exhibition/image-store";
import { LocalDiskStorage } from "@/lib/uploads/storage";
import { makePng } from "../../fixtures/images";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";

// Organisers delete a booth made by mistake; a booth visitors can see, or one an applicant was given,
// stays.

let database: TestDatabase;
let directory: string;
let storage: LocalDiskStorage;
let actor: { userId: string; ip: string };
let editionId: string;

async function draftBooth(code: string) {
  return database.db.booth.create({
    data: { editionId, code, category: "STARTUP", exhibitorName: `Đơn vị ${code}`, x: 0, y: 0, width: 30, height: 30 },
  });
}

async function filesOnDisk(): Promise<number> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).length;
}

beforeAll(async () => {
  database = await createTestDatabase("seeded");
  directory = await mkdtemp(path.join(tmpdir(), "qn-booth-delete-"));
  storage = new LocalDiskStorage(directory);
  const user = await database.db.user.create({
    data: { email: "xep.gian@sokhcn.example.vn", name: "Xếp gian", role: "ORGANIZER", passwordHash: "x" },
  });
  actor = { userId: user.id, ip: "127.0.0.1" };
  editionId = (await database.db.edition.findFirstOrThrow({ where: { year: 2025 } })).id;
});

afterAll(async () => {
  await database?.drop();
  await rm(directory, { recursive: true, force: true });
});

describe("deleting a booth", () => {
  it("refuses a published booth", async () => {
    const published = await database.db.booth.findFirstOrThrow({ where: { editionId, code: "A02" } });
    expect(await deleteBooth(database.db, storage, published.id, actor)).toEqual({ ok: false, reason: "published" });
    expect(await database.db.booth.count({ where: { id: published.id } })).toBe(1);
  });

  it("refuses a draft booth that an accepted application was given", async () => {
    const booth = await draftBooth("Z81");
    await database.db.exhibitorApplication.create({
      data: {
        editionId,
        organizationName: "Hợp tác xã thử nghiệm",
        category: "STARTUP",
        products: "Ứng dụng",
        contactName: "Lê Văn Bình",
        email: "htx@example.vn",
        phone: "+84905123456",
        consentNoticeVersion: "1",
        consentedAt: new Date(),
        status: "ACCEPTED",
        boothId: booth.id,
      },
    });
    expect(await deleteBooth(database.db, storage, booth.id, actor)).toEqual({ ok: false, reason: "has-application" });
  });

  it("deletes a draft booth with its pictures and records it", async () => {
    const booth = await draftBooth("Z82");
    await addBoothImages(
      database.db,
      storage,
      booth.id,
      [{ name: "a.png", bytes: await makePng(40, 30) }],
      { alt: "Ảnh", altEn: null },
      actor,
    );
    expect(await filesOnDisk()).toBeGreaterThan(0);
    expect(await deleteBooth(database.db, storage, booth.id, actor)).toEqual({ ok: true, code: "Z82" });
    expect(await database.db.booth.count({ where: { id: booth.id } })).toBe(0);
    expect(await database.db.storedFile.count()).toBe(0);
    expect(await filesOnDisk()).toBe(0);
    const audit = await database.db.auditLog.findFirstOrThrow({ where: { entityId: booth.id, action: "booth.delete" } });
    expect(audit.before).toMatchObject({ code: "Z82", images: [{ alt: "Ảnh" }] });
    expect(await deleteBooth(database.db, storage, booth.id, actor)).toEqual({ ok: false, reason: "not-found" });
  });
});
