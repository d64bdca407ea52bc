import { describe, expect, it } from "vitest";
import { screenRequestUrl } from "@/lib/http/url-screen";

describe("screening a request's URL before Next sees it", () => {
  it("lets clean URLs through untouched", () => {
    expect(screenRequestUrl("/agenda?q=m%C4%83ng%20%C4%91en&day=2025-09-25")).toEqual({ action: "pass" });
    expect(screenRequestUrl("/invitation/QN1.eyJ4IjoxfQ.c2ln")).toEqual({ action: "pass" });
  });

  it("sends a page whose path holds a NUL, invalid UTF-8 or a stray % to the 404 page of its language", () => {
    expect(screenRequestUrl("/sessions/%00")).toEqual({ action: "rewrite", url: "/not-found" });
    expect(screenRequestUrl("/venues/%ED%A4%AE")).toEqual({ action: "rewrite", url: "/not-found" });
    expect(screenRequestUrl("/en/exhibition/%E0%A4%A")).toEqual({ action: "rewrite", url: "/en/not-found" });
    expect(screenRequestUrl(`/tin-tuc/${"a".repeat(600)}`)).toEqual({ action: "rewrite", url: "/not-found" });
  });

  it("answers the JSON API with 404 for such a path and a bilingual 400 for such a query", () => {
    expect(screenRequestUrl("/api/v1/editions/%00/sessions")).toMatchObject({ action: "respond", status: 404 });
    const refused = screenRequestUrl("/api/v1/editions/2025/sessions?q=%00");
    expect(refused).toMatchObject({ action: "respond", status: 400 });
    expect(refused.action === "respond" && refused.body.error).toMatch(/ký tự điều khiển.*control character/);
    expect(screenRequestUrl(`/api/v1/news/rss.xml?lang=${"x".repeat(1001)}`)).toMatchObject({ status: 400 });
  });

  it("cleans a page's query: control characters go, a pasted tab becomes a space, text is NFC", () => {
    expect(screenRequestUrl("/agenda?q=%00h%E1%BB%99i")).toEqual({ action: "rewrite", url: "/agenda?q=h%E1%BB%99i" });
    expect(screenRequestUrl("/agenda?q=M%C4%83ng%09%C4%90en")).toEqual({ action: "rewrite", url: "/agenda?q=M%C4%83ng+%C4%90en" });
    // "ộ" typed as o + two combining marks becomes the one composed character.
    expect(screenRequestUrl("/exhibition?q=ho%CC%A3%CC%82i")).toEqual({ action: "rewrite", url: "/exhibition?q=h%E1%BB%99i" });
  });

  it("normalises the API's query to NFC without refusing it", () => {
    expect(screenRequestUrl("/api/v1/editions/2025/sessions?q=ho%CC%A3%CC%82i")).toEqual({
      action: "rewrite",
      url: "/api/v1/editions/2025/sessions?q=h%E1%BB%99i",
    });
  });
});
