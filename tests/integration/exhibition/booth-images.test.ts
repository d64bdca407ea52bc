import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getBoothIn, listExhibitionIn } from "@/lib/exhibition/public-queries";
import { createBoothImageAltSchema, MAX_BOOTH_IMAGES } from "@/lib/exhibition/image-schema";
import { addBoothImages, moveBoothImage, removeBoothImage, updateBoothImageAlt } from "@/lib/exhibition/image-store";
import vi from "@/lib/i18n/messages/vi.json";
import { findServableFile } from "@/lib/uploads/access-queries";
import { LocalDiskStorage } from "@/lib/uploads/storage";
import { makePng } from "../../fixtures/images";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";

// Organisers attach pictures to a booth: only real images are kept, in the order they choose, each
// with a description; the booth page and the directory show them, and every change is audited.

let database: TestDatabase;
let directory: string;
let storage: LocalDiskStorage;
let actor: { userId: string; ip: string };
let boothId: string;
const altSchema = createBoothImageAltSchema(vi.adminBoothImages.errors);
const alt = (text: string, english = "") => altSchema.parse({ alt: text, altEn: english });

async function filesOnDisk(): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
}

async function publicImages(code = "A01") {
  const found = await getBoothIn(database.db, 2025, code);
  return found!.booth.images.map((image) => image.alt);
}

beforeAll(async () => {
  database = await createTestDatabase("seeded");
  directory = await mkdtemp(path.join(tmpdir(), "qn-booth-images-"));
  storage = new LocalDiskStorage(directory);
  const user = await database.db.user.create({
    data: { email: "trien.lam@sokhcn.example.vn", name: "Ban Tổ chức triển lãm", role: "ORGANIZER", passwordHash: "x" },
  });
  actor = { userId: user.id, ip: "127.0.0.1" };
  boothId = (await database.db.booth.findFirstOrThrow({ where: { code: "A01", edition: { year: 2025 } } })).id;
});

afterAll(async () => {
  await database?.drop();
  await rm(directory, { recursive: true, force: true });
});

describe("attaching pictures to a booth", () => {
  it("refuses bytes that are not a JPEG, PNG or WebP whatever the name, and then keeps none of the batch", async () => {
    const page = new TextEncoder().encode("<html><script>alert(1)</script></html>");
    const pdf = new TextEncoder().encode("%PDF-1.7 not a picture");
    const real = await makePng(64, 48);
    for (const bytes of [page, pdf]) {
      const result = await addBoothImages(
        database.db,
        storage,
        boothId,
        [
          { name: "gian-hang.png", bytes: real },
          { name: "anh-dep.jpg", bytes },
        ],
        alt("Ảnh gian hàng"),
        actor,
      );
      expect(result).toMatchObject({ ok: false, reason: "wrong-type", name: "anh-dep.jpg", allowed: ["jpeg", "png", "webp"] });
    }
    expect(await database.db.boothImage.count()).toBe(0);
    expect(await database.db.storedFile.count()).toBe(0);
    expect(await filesOnDisk()).toEqual([]);
  });

  it("requires a description in Vietnamese; English is optional", () => {
    expect(altSchema.safeParse({ alt: "   " }).error?.issues[0]?.message).toBe("Vui lòng nhập mô tả ảnh.");
    expect(altSchema.parse({ alt: " Quầy trưng bày " })).toEqual({ alt: "Quầy trưng bày", altEn: null });
  });

  it("stores them in upload order after the booth's earlier pictures; the page and the directory card show them", async () => {
    const first = await addBoothImages(
      database.db,
      storage,
      boothId,
      [{ name: "quay.png", bytes: await makePng(640, 480) }],
      alt("Quầy trưng bày", "Exhibition stand"),
      actor,
    );
    expect(first).toEqual({ ok: true, count: 1 });
    const more = await addBoothImages(
      database.db,
      storage,
      boothId,
      [
        { name: "san-pham.png", bytes: await makePng(300, 200) },
        { name: "trinh-dien.png", bytes: await makePng(200, 300) },
      ],
      alt("Sản phẩm"),
      actor,
    );
    expect(more).toEqual({ ok: true, count: 2 });
    expect(await publicImages()).toEqual(["Quầy trưng bày", "Sản phẩm", "Sản phẩm"]);

    const found = await getBoothIn(database.db, 2025, "A01");
    expect(found!.booth.images[0]).toMatchObject({ alt: "Quầy trưng bày", altEn: "Exhibition stand" });
    const listing = await listExhibitionIn(database.db, 2025);
    const card = listing!.booths.find((booth) => booth.code === "A01");
    expect(card?.cover).toEqual(found!.booth.images[0]);
    expect(listing!.booths.find((booth) => booth.code === "A02")?.cover).toBeNull();
    // Thumbnails of a published booth's pictures are public.
    expect(await findServableFile(database.db, found!.booth.images[0]!.fileId, "thumb", false)).not.toBeNull();
  });

  it("changes the order one step at a time and a description of one picture", async () => {
    const [, second, third] = (await getBoothIn(database.db, 2025, "A01"))!.booth.images;
    await updateBoothImageAlt(database.db, boothId, third!.fileId, alt("Trình diễn thiết bị"), actor);
    expect(await moveBoothImage(database.db, boothId, third!.fileId, "up", actor)).toEqual({ ok: true });
    expect(await moveBoothImage(database.db, boothId, third!.fileId, "up", actor)).toEqual({ ok: true });
    expect(await publicImages()).toEqual(["Trình diễn thiết bị", "Quầy trưng bày", "Sản phẩm"]);
    expect(await moveBoothImage(database.db, boothId, third!.fileId, "up", actor)).toEqual({
      ok: false,
      reason: "cannot-move",
    });
    expect(await moveBoothImage(database.db, boothId, second!.fileId, "down", actor)).toMatchObject({ ok: false });
  });

  it("removes a picture, closes the gap and deletes its file", async () => {
    const images = (await getBoothIn(database.db, 2025, "A01"))!.booth.images;
    const filesBefore = (await filesOnDisk()).length;
    expect(await removeBoothImage(database.db, storage, boothId, images[1]!.fileId, actor)).toEqual({ ok: true });
    expect(await publicImages()).toEqual(["Trình diễn thiết bị", "Sản phẩm"]);
    const positions = await database.db.boothImage.findMany({ where: { boothId }, orderBy: { position: "asc" } });
    expect(positions.map((image) => image.position)).toEqual([0, 1]);
    expect(await database.db.storedFile.count({ where: { id: images[1]!.fileId } })).toBe(0);
    expect((await filesOnDisk()).length).toBeLessThan(filesBefore);
    expect(await removeBoothImage(database.db, storage, boothId, images[1]!.fileId, actor)).toEqual({
      ok: false,
      reason: "not-found",
    });
  });

  it("records each change with the pictures before and after", async () => {
    const audit = await database.db.auditLog.findMany({ where: { entityId: boothId }, orderBy: { createdAt: "asc" } });
    expect(audit.map((entry) => entry.action)).toEqual([
      "booth.images.add",
      "booth.images.add",
      "booth.images.alt",
      "booth.images.reorder",
      "booth.images.reorder",
      "booth.images.remove",
    ]);
    expect(audit.every((entry) => entry.userId === actor.userId)).toBe(true);
    const removal = audit.at(-1)!;
    expect((removal.before as unknown[]).length).toBe(3);
    expect((removal.after as unknown[]).length).toBe(2);
  });

  it("keeps a booth to its maximum number of pictures", async () => {
    const count = await database.db.boothImage.count({ where: { boothId } });
    const png = await makePng(20, 20);
    const uploads = Array.from({ length: MAX_BOOTH_IMAGES - count + 1 }, (_, index) => ({ name: `${index}.png`, bytes: png }));
    const filesBefore = await database.db.storedFile.count();
    expect(await addBoothImages(database.db, storage, boothId, uploads, alt("Thêm"), actor)).toEqual({
      ok: false,
      reason: "too-many",
    });
    expect(await database.db.storedFile.count()).toBe(filesBefore);
  });

  it("keeps the directory light: a WebP (no thumbnail copy) is shown on the booth page, not on the card", async () => {
    const a02 = await database.db.booth.findFirstOrThrow({ where: { code: "A02", edition: { year: 2025 } } });
    const webp = new Uint8Array([...new TextEncoder().encode("RIFF"), 0, 0, 0, 0, ...new TextEncoder().encode("WEBPVP8 ")]);
    await addBoothImages(database.db, storage, a02.id, [{ name: "a.webp", bytes: webp }], alt("Ảnh WebP"), actor);
    await addBoothImages(database.db, storage, a02.id, [{ name: "b.png", bytes: await makePng(50, 40) }], alt("Ảnh PNG"), actor);
    expect(await publicImages("A02")).toEqual(["Ảnh WebP", "Ảnh PNG"]);
    const listing = await listExhibitionIn(database.db, 2025);
    expect(listing!.booths.find((booth) => booth.code === "A02")?.cover?.alt).toBe("Ảnh PNG");
  });

  it("does not serve a draft booth's pictures to the public", async () => {
    const draft = await database.db.booth.update({ where: { id: boothId }, data: { status: "DRAFT" } });
    const [image] = await database.db.boothImage.findMany({ where: { boothId: draft.id } });
    expect(await findServableFile(database.db, image!.fileId, "thumb", false)).toBeNull();
  });
});
