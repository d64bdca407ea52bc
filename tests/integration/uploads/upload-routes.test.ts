import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-token";
import type { Role } from "@/lib/generated/prisma/enums";
import { makeJpeg } from "../../fixtures/images";
import { TEST_BASE_URL, useServerEnv } from "../../setup/server-env";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";

// The upload routes decide who may send a file from the request's headers alone: a visitor who is
// signed out, lacks the permission, posts from another site or announces too large a body is answered
// before a byte of the body is read; a body longer than the cap is cut off while it streams; only a
// file that is what it claims to be is stored, and audited.

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getCurrentUser: async () => session.user }));
// Page revalidation needs Next's request context, which a direct call to the handler does not have.
vi.mock("@/lib/http/public-pages", () => ({ revalidatePublicPages: () => undefined }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

let database: TestDatabase;
let directory: string;
let boothRoute: typeof import("@/app/api/admin/booths/[id]/images/route");
let materialRoute: typeof import("@/app/api/admin/sessions/[id]/materials/route");
let speakerRoute: typeof import("@/app/api/speaker-materials/[token]/route");
let speakerUploadUrl: (typeof import("@/lib/materials/links"))["speakerUploadUrl"];
let boothId: string;
let sessionId: string;
let organiserId: string;
const savedEnv = { ...process.env };
const MB = 1024 * 1024;

function signInAs(role: Role) {
  session.user = { id: organiserId, name: "Ban Tổ chức", email: "btc@sokhcn.example.vn", role };
}

/** A real multipart form as bytes, with its content type. */
async function encoded(form: FormData) {
  const response = new Response(form);
  return { bytes: new Uint8Array(await response.arrayBuffer()), contentType: response.headers.get("content-type")! };
}

/** A request whose body is only pulled on demand, so a refusal can be seen not to have read it. */
function lazyRequest(url: string, contentType: string, chunks: () => Uint8Array | null, headers: Record<string, string> = {}) {
  const watch = { pulls: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      watch.pulls += 1;
      const chunk = chunks();
      if (chunk) controller.enqueue(chunk);
      else controller.close();
    },
    cancel() {
      watch.cancelled = true;
    },
    // Nothing is pulled before someone reads.
  }, { highWaterMark: 0 });
  const request = new Request(url, {
    method: "POST",
    body,
    duplex: "half",
    headers: { origin: TEST_BASE_URL, "content-type": contentType, ...headers },
  } as RequestInit);
  return { request, watch };
}

function post(url: string, form: FormData, headers: Record<string, string> = {}) {
  return new Request(url, { method: "POST", body: form, headers: { origin: TEST_BASE_URL, ...headers } });
}

function boothImageForm(file: Blob, name: string) {
  const form = new FormData();
  form.set("locale", "vi");
  form.set("alt", "Gian hàng trưng bày sản phẩm chuyển đổi số");
  form.append("files", file, name);
  return form;
}

const boothUrl = () => `${TEST_BASE_URL}/api/admin/booths/${boothId}/images?locale=vi`;
const callBooth = (request: Request) => boothRoute.POST(request, { params: Promise.resolve({ id: boothId }) });

async function storedFiles(): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
}

beforeAll(async () => {
  database = await createTestDatabase("seeded");
  directory = await mkdtemp(path.join(tmpdir(), "qn-upload-routes-"));
  useServerEnv(database.url, { UPLOADS_DIR: directory });
  const user = await database.db.user.create({
    data: { email: "tai.len@sokhcn.example.vn", name: "Ban Tổ chức", role: "ORGANIZER", passwordHash: "x" },
  });
  organiserId = user.id;
  boothId = (await database.db.booth.findFirstOrThrow({ where: { code: "A01", edition: { year: 2025 } } })).id;
  sessionId = (await database.db.session.findFirstOrThrow({ where: { edition: { year: 2025 } }, orderBy: { startsAt: "asc" } })).id;
  boothRoute = await import("@/app/api/admin/booths/[id]/images/route");
  materialRoute = await import("@/app/api/admin/sessions/[id]/materials/route");
  speakerRoute = await import("@/app/api/speaker-materials/[token]/route");
  speakerUploadUrl = (await import("@/lib/materials/links")).speakerUploadUrl;
});

afterAll(async () => {
  process.env = savedEnv;
  await database?.drop();
  await rm(directory, { recursive: true, force: true });
});

describe("an upload route, before the body", () => {
  it("answers a signed-out visitor 401 without reading the body", async () => {
    session.user = null;
    const { bytes, contentType } = await encoded(boothImageForm(new Blob([new Uint8Array(await makeJpeg(40, 30))]), "a.jpg"));
    let sent = false;
    const { request, watch } = lazyRequest(boothUrl(), contentType, () => (sent ? null : ((sent = true), bytes)), { "content-length": String(bytes.length) });
    const response = await callBooth(request);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ status: "error", message: expect.stringContaining("đăng nhập") });
    expect(watch.pulls).toBe(0);
  });

  it("answers a role without the permission 403 without reading the body", async () => {
    signInAs("CHECKIN_STAFF");
    const { request, watch } = lazyRequest(boothUrl(), "multipart/form-data; boundary=x", () => new Uint8Array(1024));
    const response = await callBooth(request);
    expect(response.status).toBe(403);
    expect(watch.pulls).toBe(0);
    signInAs("INVITATION_OFFICER");
    const materials = await materialRoute.POST(lazyRequest(`${TEST_BASE_URL}/api/admin/sessions/${sessionId}/materials`, "multipart/form-data; boundary=x", () => null).request, {
      params: Promise.resolve({ id: sessionId }),
    });
    expect(materials.status).toBe(403);
  });

  it("refuses a post from another site, even from an organiser", async () => {
    signInAs("ORGANIZER");
    const { request, watch } = lazyRequest(boothUrl(), "multipart/form-data; boundary=x", () => null, { origin: "https://evil.example.com" });
    expect((await callBooth(request)).status).toBe(403);
    expect(watch.pulls).toBe(0);
  });

  it("answers 413 at once to a body announced larger than the cap", async () => {
    signInAs("ORGANIZER");
    const { request, watch } = lazyRequest(boothUrl(), "multipart/form-data; boundary=x", () => new Uint8Array(MB), { "content-length": String(42 * MB) });
    const started = performance.now();
    const response = await callBooth(request);
    expect(response.status).toBe(413);
    expect((await response.json()).message).toMatch(/quá lớn.*41 MB/);
    expect(watch.pulls).toBe(0);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it("cuts off a body sent without a length as soon as it passes the cap", async () => {
    signInAs("ORGANIZER");
    const chunk = new Uint8Array(MB).fill(65);
    let sent = 0;
    const { request, watch } = lazyRequest(boothUrl(), "multipart/form-data; boundary=x", () => (sent++ < 100 ? chunk : null));
    const response = await callBooth(request);
    expect(response.status).toBe(413);
    expect(watch.cancelled).toBe(true);
    // The cap is 41 MB: reading stopped there, far from the 100 MB on offer.
    expect(watch.pulls).toBeGreaterThanOrEqual(41);
    expect(watch.pulls).toBeLessThan(45);
  });
});

describe("an upload route, reading the file", () => {
  it("stores a real JPEG as a booth picture, audited with the organiser", async () => {
    signInAs("ORGANIZER");
    const before = (await storedFiles()).length;
    const response = await callBooth(post(boothUrl(), boothImageForm(new Blob([new Uint8Array(await makeJpeg(64, 48))]), "gian-hang.jpg")));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "success" });
    const images = await database.db.boothImage.findMany({ where: { boothId }, include: { file: true } });
    expect(images.map((image) => image.file.mimeType)).toContain("image/jpeg");
    expect((await storedFiles()).length).toBeGreaterThan(before);
    const audit = await database.db.auditLog.findFirst({ where: { userId: organiserId, entityId: boothId }, orderBy: { createdAt: "desc" } });
    expect(audit).not.toBeNull();
  });

  it("refuses a file named .jpg that is no JPEG, and stores nothing", async () => {
    signInAs("ORGANIZER");
    const before = await storedFiles();
    const fake = new Blob([new TextEncoder().encode("<html><script>alert(1)</script></html>")], { type: "image/jpeg" });
    const response = await callBooth(post(boothUrl(), boothImageForm(fake, "anh.jpg")));
    expect(response.status).toBe(422);
    const answer = await response.json();
    expect(answer).toMatchObject({ status: "error", fieldErrors: { files: expect.stringContaining("anh.jpg") } });
    expect(answer.values.alt).toBe("Gian hàng trưng bày sản phẩm chuyển đổi số");
    expect(await storedFiles()).toEqual(before);
  });

  it("takes a speaker's slides through a valid signed link and refuses an altered one unread", async () => {
    session.user = null;
    const token = decodeURIComponent(speakerUploadUrl(sessionId).url.split("/").at(-1)!);
    const form = new FormData();
    form.set("locale", "vi");
    form.set("kind", "SLIDES");
    form.set("title", "Bài trình bày của diễn giả");
    form.set("file", new Blob([new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")]), "slides.pdf");
    const accepted = await speakerRoute.POST(post(`${TEST_BASE_URL}/api/speaker-materials/${token}`, form), { params: Promise.resolve({ token }) });
    expect(await accepted.json()).toMatchObject({ status: "success" });
    expect(await database.db.sessionMaterial.count({ where: { sessionId, title: "Bài trình bày của diễn giả" } })).toBe(1);

    const altered = `${token.slice(0, -2)}xx`;
    const { request, watch } = lazyRequest(`${TEST_BASE_URL}/api/speaker-materials/${altered}`, "multipart/form-data; boundary=x", () => null);
    const refused = await speakerRoute.POST(request, { params: Promise.resolve({ token: altered }) });
    expect(refused.status).toBe(403);
    expect(watch.pulls).toBe(0);
  });
});
