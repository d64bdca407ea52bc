import { afterAll, beforeAll, describe, expect, it } from "vitest";
import vi from "@/lib/i18n/messages/vi.json";
import { readPublishedNews, readPublishedNewsPost } from "@/lib/news/public-queries";
import { renderRss } from "@/lib/news/rss";
import { createNewsSchema } from "@/lib/news/schema";
import { deleteNewsPost, saveNewsPost } from "@/lib/news/store";
import { createTestDatabase, type TestDatabase } from "../../setup/test-database";

// Announcements: scheduled ones stay hidden until their time, drafts always; every write is audited.

let database: TestDatabase;
let actor: { userId: string; ip: string };
const schema = createNewsSchema(vi.adminNews.errors);

beforeAll(async () => {
  database = await createTestDatabase();
  const user = await database.db.user.create({
    data: { email: "tin.tuc@sokhcn.example.vn", name: "Biên tập", role: "ORGANIZER", passwordHash: "x" },
  });
  actor = { userId: user.id, ip: "127.0.0.1" };
});

afterAll(async () => {
  await database?.drop();
});

describe("news", () => {
  it("shows a published post, hides a scheduled one until its time and a draft always", async () => {
    const now = new Date("2025-09-01T01:00:00Z");
    const live = await saveNewsPost(
      database.db,
      null,
      schema.parse({ title: "Khởi động chiến dịch truyền thông", body: "Chiến dịch **bắt đầu**.", publish: "on" }),
      actor,
      now,
    );
    const scheduled = await saveNewsPost(
      database.db,
      null,
      schema.parse({ title: "Khai mạc Tuần lễ", body: "Sáng 19/9.", publish: "on", publishAt: "2025-09-19T08:00" }),
      actor,
      now,
    );
    await saveNewsPost(database.db, null, schema.parse({ title: "Bản nháp", body: "Chưa đăng." }), actor, now);
    expect(live).toMatchObject({ ok: true });
    expect(scheduled).toMatchObject({ ok: true });

    const titlesAt = async (iso: string) => (await readPublishedNews(database.db, new Date(iso))).map((post) => post.title);
    expect(await titlesAt("2025-09-01T02:00:00Z")).toEqual(["Khởi động chiến dịch truyền thông"]);
    // 08:00 in Quảng Ngãi is 01:00 UTC.
    expect(await titlesAt("2025-09-19T00:59:00Z")).toEqual(["Khởi động chiến dịch truyền thông"]);
    expect(await titlesAt("2025-09-19T01:00:00Z")).toEqual(["Khai mạc Tuần lễ", "Khởi động chiến dịch truyền thông"]);
    expect(await readPublishedNewsPost(database.db, "ban-nhap", new Date("2030-01-01"))).toBeNull();
    expect(await readPublishedNewsPost(database.db, "khai-mac-tuan-le", new Date("2025-09-19T02:00:00Z"))).toMatchObject({
      title: "Khai mạc Tuần lễ",
    });
  });

  it("refuses a second post at the same address, and audits create, update and delete", async () => {
    const duplicate = await saveNewsPost(database.db, null, schema.parse({ title: "Khai mạc Tuần lễ", body: "Lặp." }), actor);
    expect(duplicate).toEqual({ ok: false, reason: "slug-taken" });
    const post = await database.db.newsPost.findFirstOrThrow({ where: { slug: "ban-nhap" } });
    await saveNewsPost(
      database.db,
      post.id,
      schema.parse({ title: "Bản nháp đã sửa", slug: "ban-nhap", body: "Đã sửa." }),
      actor,
    );
    expect(await deleteNewsPost(database.db, post.id, actor)).toBe(true);
    const audit = await database.db.auditLog.findMany({ where: { entityId: post.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((entry) => entry.action)).toEqual(["news.create", "news.update", "news.delete"]);
    expect(audit[1]!.after).toMatchObject({ title: "Bản nháp đã sửa" });
  });

  it("feeds the visible posts as RSS 2.0 with escaped text", async () => {
    const posts = await readPublishedNews(database.db, new Date("2025-09-20T00:00:00Z"));
    const xml = renderRss(
      {
        title: "Tin tức",
        description: "Thông báo",
        link: "https://tuanle.example.vn/tin-tuc",
        language: "vi",
        selfUrl: "https://tuanle.example.vn/api/v1/news/rss.xml",
      },
      posts.map((post) => ({ ...post, publishAt: post.publishAt! })),
    );
    expect(xml).toContain("<link>https://tuanle.example.vn/tin-tuc/khai-mac-tuan-le</link>");
    expect(xml).toContain("<description>Chiến dịch bắt đầu.</description>");
    expect(xml.match(/<item>/g)).toHaveLength(2);
  });
});
