import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getEditionSessionIn, listEditionSessionsIn } from "@/lib/agenda/public-queries";
import { buildFrabSchedule } from "@/lib/agenda/feeds/frab";
import { renderFrabXml } from "@/lib/agenda/feeds/frab-xml";
import { buildSessionList } from "@/lib/agenda/feeds/session-list";
import vi from "@/lib/i18n/messages/vi.json";
import { readPublishedSessionMaterials } from "@/lib/materials/session-queries";
import { createMaterialSchema } from "@/lib/materials/schema";
import { addMaterial, removeMaterial } from "@/lib/materials/store";
import { readPublishedMediaKit, readStorageKeys } from "@/lib/media/kit-queries";
import { mediaKitEntries } from "@/lib/media/kit-archive";
import { zipStream } from "@/lib/media/zip";
import { findServableFile } from "@/lib/uploads/access-queries";
import { LocalDiskStorage } from "@/lib/uploads/storage";
import { makePng } from "../../fixtures/images";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";

// An organiser publishes a session's slides and video link: the session's data, the JSON and frab
// feeds, the public file route and the media kit's ZIP all carry them; the upload rules still hold.

let database: TestDatabase;
let directory: string;
let storage: LocalDiskStorage;
let sessionId: string;
const ACTOR = { userId: null, ip: "127.0.0.1" };
const SITE = { baseUrl: "https://tuanle.example.vn", currentYear: 2025 };
const schema = createMaterialSchema(vi.sessionMaterials.errors);
const SLIDES = new TextEncoder().encode("%PDF-1.7\nslides of the opening");

beforeAll(async () => {
  database = await createTestDatabase("seeded");
  directory = await mkdtemp(path.join(tmpdir(), "qn-materials-"));
  storage = new LocalDiskStorage(directory);
  sessionId = (await database.db.session.findFirstOrThrow({ where: { slug: "le-khai-mac", edition: { year: 2025 } }, select: { id: true } })).id;
});

afterAll(async () => {
  await database?.drop();
  await rm(directory, { recursive: true, force: true });
});

describe("session materials", () => {
  it("refuses slides that are not a PDF by content, and a video without an https link", async () => {
    const disguised = await addMaterial(database.db, storage, sessionId, schema.parse({ kind: "SLIDES", title: "Ảnh" }), { name: "slides.pdf", bytes: await makePng(20, 20) }, ACTOR);
    expect(disguised).toMatchObject({ ok: false, reason: "wrong-type" });
    expect(schema.safeParse({ kind: "VIDEO", title: "Video", url: "javascript:alert(1)" }).success).toBe(false);
    expect(schema.safeParse({ kind: "LIVESTREAM", title: "Trực tiếp" }).success).toBe(false);
  });

  it("shows what an organiser publishes in the session's data, the JSON and frab feeds, the file route and the ZIP", async () => {
    const slides = await addMaterial(database.db, storage, sessionId, schema.parse({ kind: "SLIDES", title: "Bài trình bày khai mạc" }), { name: "khai-mac.pdf", bytes: SLIDES }, ACTOR);
    const video = await addMaterial(database.db, storage, sessionId, schema.parse({ kind: "VIDEO", title: "Video Lễ khai mạc", url: "https://www.youtube.com/watch?v=abc" }), null, ACTOR);
    expect(slides.ok && video.ok).toBe(true);

    const found = (await getEditionSessionIn(database.db, 2025, "le-khai-mac"))!;
    expect(found.session.materials.map((material) => [material.kind, material.title])).toEqual([
      ["SLIDES", "Bài trình bày khai mạc"],
      ["VIDEO", "Video Lễ khai mạc"],
    ]);
    const fileId = found.session.materials[0]!.file!.id;

    const listing = (await listEditionSessionsIn(database.db, 2025))!;
    const json = buildSessionList(listing.edition, listing.sessions, SITE).find((session) => session.slug === "le-khai-mac")!;
    expect(json.materials).toEqual([
      { kind: "SLIDES", title: "Bài trình bày khai mạc", url: `https://tuanle.example.vn/api/v1/files/${fileId}`, type: "application/pdf", sizeBytes: SLIDES.length },
      { kind: "VIDEO", title: "Video Lễ khai mạc", url: "https://www.youtube.com/watch?v=abc", type: null, sizeBytes: null },
    ]);

    const frab = buildFrabSchedule({ edition: listing.edition, sessions: listing.sessions, site: SITE });
    const event = frab.schedule.conference.days.flatMap((day) => Object.values(day.rooms).flat()).find((entry) => entry.title === found.session.title)!;
    expect(event.attachments).toEqual([{ title: "Bài trình bày khai mạc", url: `https://tuanle.example.vn/api/v1/files/${fileId}`, type: "application/pdf" }]);
    expect(event.links.map((link) => link.url)).toContain("https://www.youtube.com/watch?v=abc");
    const xml = renderFrabXml(frab);
    expect(xml).toContain(`<link href="https://tuanle.example.vn/api/v1/files/${fileId}">Bài trình bày khai mạc</link>`);
    expect(xml).toContain(`<link href="https://www.youtube.com/watch?v=abc">Video Lễ khai mạc</link>`);

    expect(await findServableFile(database.db, fileId, "original", false)).toMatchObject({ mimeType: "application/pdf", sizeBytes: SLIDES.length });

    const kit = (await readPublishedMediaKit(database.db, 2025))!;
    const sessions = await readPublishedSessionMaterials(database.db, kit.edition.id);
    const keys = await readStorageKeys(database.db, [fileId]);
    const entries = mediaKitEntries(kit, storage, keys, { fullResolution: false, documents: [], now: new Date(), sessions });
    const zip = unzipSync(new Uint8Array(await new Response(zipStream(entries)).arrayBuffer()));
    const folder = Object.keys(zip).find((name) => name.startsWith("Tài liệu các hoạt động/01 Lễ khai mạc"))!.split("/").slice(0, 2).join("/");
    expect(strFromU8(zip[`${folder}/khai-mac.pdf`]!)).toBe(strFromU8(SLIDES));
    expect(strFromU8(zip[`${folder}/Đường dẫn video.txt`]!)).toBe("Video Lễ khai mạc\r\nhttps://www.youtube.com/watch?v=abc\r\n");
  });

  it("removes a material, its file with it, and the audit log records both publication and removal", async () => {
    const material = await database.db.sessionMaterial.findFirstOrThrow({ where: { sessionId, kind: "SLIDES" }, select: { id: true, fileId: true } });
    expect(await removeMaterial(database.db, storage, material.id, ACTOR)).toEqual({ sessionId });
    expect(await database.db.storedFile.count({ where: { id: material.fileId! } })).toBe(0);
    expect(await removeMaterial(database.db, storage, material.id, ACTOR)).toBeNull();
    const actions = await database.db.auditLog.findMany({ where: { entityType: "SessionMaterial" }, select: { action: true } });
    expect(actions.map((row) => row.action).sort()).toEqual(["material.create", "material.create", "material.delete"]);
  });

  it("lets the database refuse a material that is both a file and a link", async () => {
    const file = await database.db.storedFile.create({ data: { storageKey: "x/y.pdf", originalName: "y.pdf", mimeType: "application/pdf", sizeBytes: 1, sha256: "0" } });
    await expect(database.db.sessionMaterial.create({ data: { sessionId, kind: "DOCUMENT", title: "Cả hai", fileId: file.id, url: "https://example.vn" } })).rejects.toThrow(/session_materials_file_or_url/);
  });
});
