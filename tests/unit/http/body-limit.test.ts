import { describe, expect, it } from "vitest";
import { ADMIN_BODY_LIMIT, PUBLIC_BODY_LIMIT, screenRequestBody } from "@/lib/http/body-limit";

describe("a request body's limit, decided before it is read", () => {
  it("lets a public form of ordinary size through and refuses a 40 MB one", () => {
    expect(screenRequestBody("/register", { "content-length": "2048" })).toEqual({ ok: true, needsSession: false });
    expect(screenRequestBody("/register", { "content-length": String(40 * 1024 * 1024) })).toMatchObject({ ok: false, status: 413 });
    expect(screenRequestBody("/api/v1/editions/2025/registrations", { "content-length": String(PUBLIC_BODY_LIMIT + 1) })).toMatchObject({ status: 413 });
  });

  it("gives the admin area room for uploads, and no more", () => {
    expect(screenRequestBody("/admin/booths/abc", { "content-length": String(30 * 1024 * 1024) })).toEqual({ ok: true, needsSession: true });
    expect(screenRequestBody("/admin/booths/abc", { "content-length": "4096" })).toEqual({ ok: true, needsSession: false });
    expect(screenRequestBody("/en/admin/media", { "content-length": String(ADMIN_BODY_LIMIT + 1) })).toMatchObject({ status: 413 });
    expect(screenRequestBody("/administration", { "content-length": String(PUBLIC_BODY_LIMIT + 1) })).toMatchObject({ status: 413 });
  });

  it("lets a speaker's upload page take slides, on the condition that its signed link is checked", () => {
    expect(screenRequestBody("/tai-lieu/gui/SM1.abc.def", { "content-length": String(30 * 1024 * 1024) })).toEqual({ ok: true, needsSession: false, speakerToken: "SM1.abc.def" });
    expect(screenRequestBody("/en/tai-lieu/gui/SM1.abc.def", { "content-length": "4096" })).toEqual({ ok: true, needsSession: false });
    expect(screenRequestBody("/tai-lieu/gui/SM1.abc.def", { "content-length": String(ADMIN_BODY_LIMIT + 1) })).toMatchObject({ status: 413 });
    expect(screenRequestBody("/tai-lieu/gui/a/b", { "content-length": String(PUBLIC_BODY_LIMIT + 1) })).toMatchObject({ status: 413 });
  });

  it("refuses a body streamed without a length, and a length that is no number", () => {
    expect(screenRequestBody("/register", { "transfer-encoding": "chunked" })).toMatchObject({ ok: false, status: 411 });
    expect(screenRequestBody("/register", { "content-length": "12abc" })).toMatchObject({ ok: false, status: 413 });
    expect(screenRequestBody("/agenda", {})).toEqual({ ok: true, needsSession: false });
  });
});
