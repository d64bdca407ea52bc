import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Jimp } from "jimp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findServableFile } from "@/lib/uploads/access-queries";
import { fileResponse } from "@/lib/uploads/serve";
import { LocalDiskStorage } from "@/lib/uploads/storage";
import { storeUpload } from "@/lib/uploads/store";
import { makePng } from "../../fixtures/images";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";

// Uploads end to end below the HTTP layer: checked by content, written under generated names to a
// folder of their own, copies made, streamed back with validators, public only once published.

let database: TestDatabase;
let directory: string;
let storage: LocalDiskStorage;

async function filesOnDisk(): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
}

beforeAll(async () => {
  database = await createTestDatabase();
  directory = await mkdtemp(path.join(tmpdir(), "qn-uploads-"));
  storage = new LocalDiskStorage(directory);
});

afterAll(async () => {
  await database?.drop();
  await rm(directory, { recursive: true, force: true });
});

describe("storing an upload", () => {
  it("refuses a .png that is really an executable or an HTML page, and stores nothing", async () => {
    const before = await database.db.storedFile.count();
    const elf = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]);
    const page = Buffer.from("<html><script>alert(document.cookie)</script></html>");
    for (const bytes of [elf, page]) {
      const result = await storeUpload(database.db, storage, { name: "anh-gian-hang.png", bytes }, "PHOTO");
      expect(result).toMatchObject({ ok: false, reason: "wrong-type" });
    }
    expect(await database.db.storedFile.count()).toBe(before);
    expect(await filesOnDisk()).toEqual([]);
  });

  it("refuses a file that starts like a PNG but is not one", async () => {
    const fake = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from("MZ not an image")]);
    expect(await storeUpload(database.db, storage, { name: "x.png", bytes: fake }, "PHOTO")).toMatchObject({ ok: false });
    expect(await filesOnDisk()).toEqual([]);
  });

  it("keeps a large photo under a generated name with a thumbnail and a web-size copy", async () => {
    const bytes = await makePng(2400, 1200);
    const result = await storeUpload(database.db, storage, { name: "../Khai mạc.png", bytes }, "PHOTO");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const file = await database.db.storedFile.findUniqueOrThrow({ where: { id: result.file.id } });
    expect(file).toMatchObject({ mimeType: "image/png", sizeBytes: bytes.length, width: 2400, height: 1200 });
    expect(file.storageKey).toMatch(/^\d{4}\/\d{2}\/[0-9a-f-]{36}\.png$/);
    expect(file.storageKey).not.toContain("Khai");
    expect((await filesOnDisk()).sort()).toHaveLength(3);

    const thumbnail = await Jimp.read(Buffer.from(await new Response(await storage.get(file.thumbnailKey!)).arrayBuffer()));
    expect([thumbnail.width, thumbnail.height]).toEqual([480, 240]);
    const web = await Jimp.read(Buffer.from(await new Response(await storage.get(file.webKey!)).arrayBuffer()));
    expect([web.width, web.height]).toEqual([1600, 800]);
  });
});

describe("serving a stored file", () => {
  let fileId: string;

  beforeAll(async () => {
    const result = await storeUpload(
      database.db,
      storage,
      { name: "Thông cáo báo chí.pdf", bytes: Buffer.from("%PDF-1.7\nbody") },
      "PRESS_RELEASE",
    );
    if (!result.ok) throw new Error("the PDF was refused");
    fileId = result.file.id;
  });

  it("is not public until an organiser publishes the asset that holds it", async () => {
    const edition = await database.db.edition.findFirstOrThrow({ where: { year: 2025 } });
    const asset = await database.db.mediaAsset.create({
      data: { editionId: edition.id, kind: "PRESS_RELEASE", title: "Thông cáo", fileId },
    });
    expect(await findServableFile(database.db, fileId, "original", false)).toBeNull();
    await database.db.mediaAsset.update({ where: { id: asset.id }, data: { isPublished: true } });
    expect(await findServableFile(database.db, fileId, "original", false)).not.toBeNull();
  });

  it("streams the bytes with an ETag, a cache policy and a UTF-8 file name, and answers 304 to a current copy", async () => {
    const file = (await findServableFile(database.db, fileId, "original", false))!;
    const options = { variant: "original" as const, download: true, cacheControl: "public, max-age=3600" };
    const response = await fileResponse(new Request("http://portal.test/f"), storage, file, options);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("%PDF-1.7\nbody");
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-length")).toBe("13");
    expect(response.headers.get("cache-control")).toBe("public, max-age=3600");
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="Thong cao bao chi.pdf"; filename*=UTF-8''${encodeURIComponent("Thông cáo báo chí.pdf")}`,
    );
    const etag = response.headers.get("etag")!;
    const again = await fileResponse(
      new Request("http://portal.test/f", { headers: { "If-None-Match": etag } }),
      storage,
      file,
      options,
    );
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });
});
