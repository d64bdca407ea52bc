import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";

// The programme PDF and the media kit are public and expensive: produced once per version of what they
// contain, validated with a strong ETag, and a flood of requests for a version not yet rendered shares
// one rendering. Through the route handlers, on a real database.

const YEAR = "2025";

let database: TestDatabase;
let uploads: string;
let programmeRoute: typeof import("@/app/api/v1/editions/[year]/programme.pdf/route");
let kitRoute: typeof import("@/app/api/v1/editions/[year]/media-kit.zip/route");
let renderings: () => number;

const params = { params: Promise.resolve({ year: YEAR }) };
const programme = (headers: Record<string, string> = {}, query = "") =>
  programmeRoute.GET(new Request(`http://localhost/api/v1/editions/${YEAR}/programme.pdf${query}`, { headers }), params);
const mediaKit = (headers: Record<string, string> = {}) =>
  kitRoute.GET(new Request(`http://localhost/api/v1/editions/${YEAR}/media-kit.zip`, { headers }), params);

beforeAll(async () => {
  database = await createTestDatabase("seeded");
  uploads = mkdtempSync(path.join(tmpdir(), "qn-programme-download-"));
  Object.assign(process.env, {
    DATABASE_URL: database.url,
    TICKET_SIGNING_SECRET: "integration-ticket-secret-0123456789abcdef",
    AUTH_SECRET: "integration-auth-secret-0123456789abcdef",
    UPLOADS_DIR: uploads,
  });
  let download: typeof import("@/lib/agenda/programme-download");
  [programmeRoute, kitRoute, download] = await Promise.all([
    import("@/app/api/v1/editions/[year]/programme.pdf/route"),
    import("@/app/api/v1/editions/[year]/media-kit.zip/route"),
    import("@/lib/agenda/programme-download"),
  ]);
  renderings = download.programmeRenderings;
});

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  await database?.drop();
  rmSync(uploads, { recursive: true, force: true });
});

describe("the programme PDF", () => {
  it("is rendered once for two simultaneous requests, then answered 304 to a client holding it", async () => {
    const before = renderings();
    const [first, second] = await Promise.all([programme(), programme()]);
    expect(renderings() - before).toBe(1);
    expect([first.status, second.status]).toEqual([200, 200]);
    const etag = first.headers.get("ETag")!;
    expect(etag).toMatch(/^"[\w-]{32}"$/);
    expect(second.headers.get("ETag")).toBe(etag);
    expect(Buffer.from(await first.arrayBuffer()).equals(Buffer.from(await second.arrayBuffer()))).toBe(true);

    const revalidated = await programme({ "If-None-Match": etag });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe("");
    expect(revalidated.headers.get("ETag")).toBe(etag);
    const again = await programme();
    expect(again.status).toBe(200);
    expect(renderings() - before).toBe(1);

    // The English programme is another document, rendered once too.
    const english = await programme({ "If-None-Match": etag }, "?lang=en");
    expect(english.status).toBe(200);
    expect(english.headers.get("ETag")).not.toBe(etag);
    expect(renderings() - before).toBe(2);
  });

  it("is rendered again, with a new ETag, once a session it prints has changed", async () => {
    const etag = (await programme()).headers.get("ETag")!;
    const before = renderings();
    const session = await database.db.session.findFirstOrThrow({ where: { edition: { year: Number(YEAR) }, status: "PUBLISHED" } });
    await database.db.session.update({ where: { id: session.id }, data: { title: `${session.title} (đã dời phòng)` } });

    const changed = await programme({ "If-None-Match": etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("ETag")).not.toBe(etag);
    expect(renderings() - before).toBe(1);
  });
});

describe("the media kit", () => {
  it("carries a stable strong ETag, answers 304 to it, and takes its programmes from the same rendering", async () => {
    // The kit holds the programme in both languages: each downloaded once renders nothing again.
    await programme();
    await programme({}, "?lang=en");
    const before = renderings();
    const first = await mediaKit();
    expect(first.status).toBe(200);
    const etag = first.headers.get("ETag")!;
    const firstBytes = Buffer.from(await first.arrayBuffer());
    const second = await mediaKit();
    expect(second.headers.get("ETag")).toBe(etag);
    expect(Buffer.from(await second.arrayBuffer()).equals(firstBytes)).toBe(true);
    expect(renderings()).toBe(before);

    const revalidated = await mediaKit({ "If-None-Match": etag });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe("");
  });
});
