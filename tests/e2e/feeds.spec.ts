import { expect, test } from "./support/test";

// The public feeds over real HTTP from `next start`: routing of the file-like URLs, status codes,
// caching and CORS headers as outside tools receive them.

test.describe("public feeds", () => {
  test.skip(({ isMobile }) => isMobile, "plain HTTP: the desktop project is enough");

  test("serve the 2025 sessions as JSON, cacheable and readable from any origin", async ({ request }) => {
    const response = await request.get("/api/v1/editions/2025/sessions", { headers: { Origin: "https://example.org" } });
    expect(response.status()).toBe(200);
    const headers = response.headers();
    expect(headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(headers["access-control-allow-origin"]).toBe("*");
    expect(headers["cache-control"]).toMatch(/^public, max-age=300, stale-while-revalidate=\d+$/);
    expect(headers["etag"]).toMatch(/^"[\w-]+"$/);
    expect(headers["last-modified"]).toMatch(/GMT$/);
    const sessions = (await response.json()) as { slug: string; startsAt: string; url: string }[];
    const workshop = sessions.find((session) => session.slug === "hoi-thao-chuyen-doi-so-du-lich");
    expect(workshop?.startsAt).toBe("2025-09-19T08:00:00+07:00");
    expect(workshop?.url).toMatch(/^https?:\/\/[^/]+\/sessions\/hoi-thao-chuyen-doi-so-du-lich$/);

    const again = await request.get("/api/v1/editions/2025/sessions", { headers: { "If-None-Match": headers["etag"]! } });
    expect(again.status()).toBe(304);
    expect(await again.body()).toHaveLength(0);
  });

  test("search without accents and refuse a malformed filter with 400", async ({ request }) => {
    const found = (await (await request.get("/api/v1/editions/2025/sessions?q=mang%20den")).json()) as { slug: string }[];
    expect(found.map((session) => session.slug)).toContain("hoi-thao-chuyen-doi-so-du-lich");
    const refused = await request.get("/api/v1/editions/2025/sessions?day=26-09-2025");
    expect(refused.status()).toBe(400);
    expect(((await refused.json()) as { error: string }).error).toContain("day");
  });

  test("serve the calendar of the edition and of one session at their .ics URLs", async ({ request }) => {
    const edition = await request.get("/api/v1/editions/2025/schedule.ics");
    expect(edition.status()).toBe(200);
    expect(edition.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    const text = await edition.text();
    expect(text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(text).toContain("DTSTART;TZID=Asia/Ho_Chi_Minh:20250919T080000");

    const session = await request.get("/api/v1/editions/2025/sessions/le-khai-mac.ics");
    expect(session.status()).toBe(200);
    expect(session.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    expect((await session.text()).match(/BEGIN:VEVENT/g)).toHaveLength(1);
  });

  test("serve the frab schedule as XML and JSON", async ({ request }) => {
    const xml = await request.get("/api/v1/editions/2025/schedule.xml");
    expect(xml.status()).toBe(200);
    expect(xml.headers()["content-type"]).toBe("application/xml; charset=utf-8");
    expect(await xml.text()).toContain("<acronym>dmstqn2025</acronym>");
    const json = await request.get("/api/v1/editions/2023/schedule.json");
    expect(json.status()).toBe(200);
    const document = (await json.json()) as { schedule: { conference: { start: string } } };
    expect(document.schedule.conference.start).toBe("2023-09-28");
  });

  test("answer unknown editions, years and sessions with 404 JSON", async ({ request }) => {
    for (const path of [
      "/api/v1/editions/1999/sessions",
      "/api/v1/editions/abcd/schedule.ics",
      "/api/v1/editions/2025/sessions/khong-co-phien-nay.ics",
      "/api/v1/editions/1999/schedule.xml",
    ]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      expect(response.headers()["content-type"], path).toContain("application/json");
      expect(((await response.json()) as { error: string }).error, path).toMatch(/not found/);
    }
  });

  test("answer a CORS preflight", async ({ request }) => {
    const response = await request.fetch("/api/v1/editions/2025/schedule.json", {
      method: "OPTIONS",
      headers: {
        Origin: "https://example.org",
        "Access-Control-Request-Method": "GET",
        "Access-Control-Request-Headers": "if-none-match",
      },
    });
    expect(response.status()).toBe(204);
    expect(response.headers()["access-control-allow-origin"]).toBe("*");
    expect(response.headers()["access-control-allow-headers"]).toMatch(/If-None-Match/i);
  });
});
