import { describe, expect, it } from "vitest";
import { isCrossSiteRequest, isJsonContentType, readJsonBody } from "../../../lib/http/request";

const BASE = "https://tuanle.example.vn";

function post(body: BodyInit, headers: Record<string, string> = { "content-type": "application/json" }) {
  return new Request(`${BASE}/api`, { method: "POST", body, headers });
}

describe("reading a JSON body", () => {
  it("accepts application/json with parameters and nothing else", () => {
    expect(isJsonContentType(new Headers({ "content-type": "application/json; charset=utf-8" }))).toBe(true);
    expect(isJsonContentType(new Headers({ "content-type": "Application/JSON" }))).toBe(true);
    expect(isJsonContentType(new Headers({ "content-type": "text/plain" }))).toBe(false);
    expect(isJsonContentType(new Headers({ "content-type": "application/x-www-form-urlencoded" }))).toBe(false);
    expect(isJsonContentType(new Headers())).toBe(false);
  });

  it("parses Vietnamese text intact", async () => {
    expect(await readJsonBody(post(JSON.stringify({ name: "Đặng Văn Đức" })), { maxBytes: 100 })).toEqual({ ok: true, value: { name: "Đặng Văn Đức" } });
  });

  it("refuses malformed JSON and invalid UTF-8 as 400, a body one byte over the limit as 413", async () => {
    expect(await readJsonBody(post("{"), { maxBytes: 100 })).toMatchObject({ ok: false, status: 400 });
    expect(await readJsonBody(post(new Uint8Array([0x22, 0xc3, 0x22])), { maxBytes: 100 })).toMatchObject({ ok: false, status: 400 });
    expect(await readJsonBody(post(JSON.stringify("x".repeat(8))), { maxBytes: 10 })).toMatchObject({ ok: true });
    expect(await readJsonBody(post(JSON.stringify("x".repeat(9))), { maxBytes: 10 })).toMatchObject({ ok: false, status: 413 });
    expect(await readJsonBody(post("{}", { "content-type": "text/plain" }), { maxBytes: 10 })).toMatchObject({ ok: false, status: 415 });
  });
});

describe("cross-site requests", () => {
  it("are those whose Origin is another site; calls without Origin are servers, not browsers", () => {
    expect(isCrossSiteRequest(new Headers({ origin: BASE }), BASE)).toBe(false);
    expect(isCrossSiteRequest(new Headers(), BASE)).toBe(false);
    expect(isCrossSiteRequest(new Headers({ origin: "https://evil.example" }), BASE)).toBe(true);
    expect(isCrossSiteRequest(new Headers({ origin: "http://tuanle.example.vn" }), BASE)).toBe(true);
    expect(isCrossSiteRequest(new Headers({ origin: "null" }), BASE)).toBe(true);
  });

  it("accepts a page opened at the address the request went to, as the proxy forwards it", () => {
    expect(isCrossSiteRequest(new Headers({ origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" }), "http://localhost:3000")).toBe(false);
    const proxied = { origin: "https://10.0.0.5", host: "127.0.0.1:3001", "x-forwarded-host": "10.0.0.5", "x-forwarded-proto": "https" };
    expect(isCrossSiteRequest(new Headers(proxied), BASE)).toBe(false);
    expect(isCrossSiteRequest(new Headers({ ...proxied, origin: "http://10.0.0.5" }), BASE)).toBe(true);
    expect(isCrossSiteRequest(new Headers({ origin: "https://evil.example", host: "tuanle.example.vn" }), BASE)).toBe(true);
  });
});
