import { describe, expect, it } from "vitest";
import { conditionalResponse, entityTag, FEED_CACHE_CONTROL, latestOf, preflightResponse } from "@/lib/http/cache";

const representation = {
  body: '[{"slug":"le-khai-mac"}]',
  contentType: "application/json; charset=utf-8",
  lastModified: new Date("2025-09-10T03:04:05.678Z"),
};

const get = (headers: Record<string, string> = {}) =>
  new Request("https://tuanle.example.vn/api/v1/editions/2025/sessions", { headers });

describe("feed responses", () => {
  it("serve the body with validators, public caching and CORS", async () => {
    const response = conditionalResponse(get(), representation);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(representation.body);
    expect(response.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("ETag")).toBe(entityTag(representation.body));
    expect(response.headers.get("Last-Modified")).toBe("Wed, 10 Sep 2025 03:04:05 GMT");
    expect(response.headers.get("Cache-Control")).toBe(FEED_CACHE_CONTROL);
    expect(FEED_CACHE_CONTROL).toMatch(/^public, max-age=300, stale-while-revalidate=\d+$/);
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(response.headers.get("Access-Control-Expose-Headers")).toContain("ETag");
  });

  it("answer 304 without a body when the client's ETag matches, weak or in a list", async () => {
    const etag = entityTag(representation.body);
    for (const header of [etag, `W/${etag}`, `"other", ${etag}`, "*"]) {
      const response = conditionalResponse(get({ "If-None-Match": header }), representation);
      expect(response.status).toBe(304);
      expect(await response.text()).toBe("");
      expect(response.headers.get("ETag")).toBe(etag);
      expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
    }
  });

  it("answer 200 when the ETag no longer matches, even if the date would", () => {
    const response = conditionalResponse(
      get({ "If-None-Match": '"stale"', "If-Modified-Since": "Thu, 01 Jan 2099 00:00:00 GMT" }),
      representation,
    );
    expect(response.status).toBe(200);
  });

  it("answer 304 to If-Modified-Since at or after the last change, to the second", () => {
    expect(conditionalResponse(get({ "If-Modified-Since": "Wed, 10 Sep 2025 03:04:05 GMT" }), representation).status).toBe(304);
    expect(conditionalResponse(get({ "If-Modified-Since": "Wed, 10 Sep 2025 03:04:04 GMT" }), representation).status).toBe(200);
    expect(conditionalResponse(get({ "If-Modified-Since": "not a date" }), representation).status).toBe(200);
  });

  it("give a different ETag to a different body", () => {
    expect(entityTag("a")).not.toBe(entityTag("b"));
    expect(entityTag("a")).toMatch(/^"[A-Za-z0-9_-]+"$/);
  });

  it("answer a CORS preflight for GET", () => {
    const response = preflightResponse();
    expect(response.status).toBe(204);
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(response.headers.get("Access-Control-Allow-Methods")).toContain("GET");
    expect(response.headers.get("Access-Control-Allow-Headers")).toContain("If-None-Match");
  });

  it("take the latest of several change times", () => {
    expect(latestOf([new Date("2025-01-01"), new Date("2025-03-01"), new Date("2025-02-01")])).toEqual(new Date("2025-03-01"));
    expect(latestOf([])).toBeNull();
  });
});
