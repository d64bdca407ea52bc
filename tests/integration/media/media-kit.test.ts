import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readPublishedMediaKit, readStorageKeys } from "@/lib/media/kit-queries";
import { mediaKitEntries } from "@/lib/media/kit-archive";
import { createMediaAssetSchema, createMediaDetailsSchema } from "@/lib/media/schema";
import { createMediaAsset, deleteMediaAsset, setMediaAssetPublished, updateMediaAssetDetails } from "@/lib/media/store";
import { zipStream } from "@/lib/media/zip";
import vi from "@/lib/i18n/messages/vi.json";
import { LocalDiskStorage } from "@/lib/uploads/storage";
import { makePng } from "../../fixtures/images";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";

// Organisers upload and publish; the kit's ZIP holds every published asset and nothing else.

let database: TestDatabase;
let directory: string;
let storage: LocalDiskStorage;
let actor: { userId: string; ip: string };
const schema = createMediaAssetSchema(vi.adminMedia.errors);

async function add(fields: Record<string, string>, upload: { name: string; bytes: Uint8Array } | null) {
  const result = await createMediaAsset(database.db, storage, schema.parse(fields), upload, actor);
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.id;
}

async function zipOf(fullResolution: boolean) {
  const kit = (await readPublishedMediaKit(database.db, 2025))!;
  const keys = await readStorageKeys(
    database.db,
    kit.assets.flatMap((asset) => (asset.file ? [asset.file.id] : [])),
  );
  const documents = [
    { kind: "PROGRAMME" as const, name: "chuong-trinh-2025.pdf", render: async () => new TextEncoder().encode("%PDF-1.7 programme") },
    { kind: "FACT_SHEET" as const, name: "thong-tin-tom-tat-2025.pdf", render: async () => new TextEncoder().encode("%PDF-1.7 fact sheet") },
  ];
  const entries = mediaKitEntries(kit, storage, keys, { fullResolution, documents, now: new Date() });
  return unzipSync(new Uint8Array(await new Response(zipStream(entries)).arrayBuffer()));
}

const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.7\n${text}`);
const SVG = new TextEncoder().encode(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>',
);

beforeAll(async () => {
  database = await createTestDatabase();
  directory = await mkdtemp(path.join(tmpdir(), "qn-media-"));
  storage = new LocalDiskStorage(directory);
  const user = await database.db.user.create({
    data: { email: "bien.tap@sokhcn.example.vn", name: "Biên tập viên", role: "ORGANIZER", passwordHash: "x" },
  });
  actor = { userId: user.id, ip: "127.0.0.1" };
});

afterAll(async () => {
  await database?.drop();
  await rm(directory, { recursive: true, force: true });
});

describe("the media kit's ZIP", () => {
  let photo: Uint8Array;

  beforeAll(async () => {
    photo = await makePng(2000, 1000);
    await add(
      { kind: "PRESS_RELEASE", title: "Thông cáo khai mạc", publish: "on" },
      { name: "Thông cáo khai mạc.pdf", bytes: pdf("khai mac") },
    );
    await add(
      { kind: "PRESS_RELEASE", title: "Thông cáo bế mạc", publish: "on" },
      { name: "Thông cáo khai mạc.pdf", bytes: pdf("be mac") },
    );
    await add({ kind: "LOGO", title: "Logo SVG", publish: "on" }, { name: "logo.svg", bytes: SVG });
    await add({ kind: "PHOTO", title: "Toàn cảnh", publish: "on" }, { name: "toan-canh.png", bytes: photo });
    await add({ kind: "VIDEO_LINK", title: "Phóng sự", url: "https://video.example.vn/phong-su", publish: "on" }, null);
    await add({ kind: "FACT_SHEET", title: "Bản nháp" }, { name: "nhap.pdf", bytes: pdf("draft") });
  });

  it("holds every published asset, the video links and the generated documents, and no draft", async () => {
    const files = await zipOf(false);
    expect(Object.keys(files).sort()).toEqual(
      [
        "Chương trình/chuong-trinh-2025.pdf",
        "Thông tin tóm tắt/thong-tin-tom-tat-2025.pdf",
        "Logo/logo.svg",
        "Thông cáo báo chí/Thông cáo khai mạc (2).pdf",
        "Thông cáo báo chí/Thông cáo khai mạc.pdf",
        "Video.txt",
        "Ảnh/toan-canh.jpg",
      ].sort(),
    );
    expect(strFromU8(files["Thông cáo báo chí/Thông cáo khai mạc.pdf"]!)).toBe("%PDF-1.7\nkhai mac");
    expect(files["Logo/logo.svg"]).toEqual(SVG);
    expect(strFromU8(files["Video.txt"]!)).toContain("https://video.example.vn/phong-su");
    expect(strFromU8(files["Thông tin tóm tắt/thong-tin-tom-tat-2025.pdf"]!)).toBe("%PDF-1.7 fact sheet");
  });

  it("gives accredited journalists the full-resolution photo", async () => {
    const files = await zipOf(true);
    expect(files["Ảnh/toan-canh.png"]).toEqual(new Uint8Array(photo));
  });

  it("follows publishing and deleting, and every change is in the audit log", async () => {
    const draft = await database.db.mediaAsset.findFirstOrThrow({ where: { title: "Bản nháp" } });
    await setMediaAssetPublished(database.db, draft.id, true, actor);
    expect(Object.keys(await zipOf(false))).toContain("Thông tin tóm tắt/nhap.pdf");

    await deleteMediaAsset(database.db, storage, draft.id, actor);
    expect(Object.keys(await zipOf(false))).not.toContain("Thông tin tóm tắt/nhap.pdf");
    expect(await database.db.storedFile.count({ where: { id: draft.fileId! } })).toBe(0);

    const audit = await database.db.auditLog.findMany({ where: { entityId: draft.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((entry) => entry.action)).toEqual(["media.create", "media.publish", "media.delete"]);
    expect(audit.every((entry) => entry.userId === actor.userId)).toBe(true);
  });

  it("refuses an upload whose content does not fit the kind, whatever its name", async () => {
    const html = new TextEncoder().encode("<html><script>alert(1)</script></html>");
    const result = await createMediaAsset(
      database.db,
      storage,
      schema.parse({ kind: "PHOTO", title: "x" }),
      { name: "anh.png", bytes: html },
      actor,
    );
    expect(result).toMatchObject({ ok: false, reason: "wrong-type" });
  });
});

describe("editing an asset's words", () => {
  const details = createMediaDetailsSchema(vi.adminMedia.errors);

  it("changes the title and description the kit shows, audited with before and after", async () => {
    const id = await add({ kind: "PRESS_RELEASE", title: "Thông cáo số 1", publish: "on" }, { name: "tc.pdf", bytes: pdf("1") });
    await updateMediaAssetDetails(
      database.db,
      details.parse({ id, title: "Thông cáo khai mạc Tuần lễ", titleEn: "Opening press release", description: "Bản chính thức" }),
      actor,
    );
    const kit = (await readPublishedMediaKit(database.db, 2025))!;
    expect(kit.assets.find((asset) => asset.id === id)).toMatchObject({
      title: "Thông cáo khai mạc Tuần lễ",
      titleEn: "Opening press release",
      description: "Bản chính thức",
    });
    const audit = await database.db.auditLog.findFirstOrThrow({ where: { entityId: id, action: "media.update" } });
    expect(audit.before).toMatchObject({ title: "Thông cáo số 1" });
    expect(audit.after).toMatchObject({ title: "Thông cáo khai mạc Tuần lễ" });
  });

  it("requires a title, in Vietnamese words", () => {
    const result = details.safeParse({ id: "00000000-0000-4000-8000-000000000000", title: "  " });
    expect(result.error?.issues[0]?.message).toBe("Vui lòng nhập tiêu đề.");
  });
});
