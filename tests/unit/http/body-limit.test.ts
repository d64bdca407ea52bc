import { describe, expect, it } from "vitest";
import { ADMIN_BODY_LIMIT, isUploadPath, PUBLIC_BODY_LIMIT, screenRequestBody, UPLOAD_BODY_LIMIT } from "@/lib/http/body-limit";

describe("a request body's limit, decided before it is read", () => {
  it("lets a public form of ordinary size through and refuses a 40 MB one", () => {
    expect(screenRequestBody("/register", { "content-length": "2048" })).toEqual({ ok: true, needsSession: false });
    expect(screenRequestBody("/register", { "content-length": String(40 * 1024 * 1024) })).toMatchObject({ ok: false, status: 413 });
    expect(screenRequestBody("/api/v1/editions/2025/registrations", { "content-length": String(PUBLIC_BODY_LIMIT + 1) })).toMatchObject({ status: 413 });
  });

  it("gives the admin area's forms room for an invitation import, and no more", () => {
    expect(screenRequestBody("/admin/invitations/abc", { "content-length": String(ADMIN_BODY_LIMIT) })).toEqual({ ok: true, needsSession: true });
    expect(screenRequestBody("/admin/booths/abc", { "content-length": "4096" })).toEqual({ ok: true, needsSession: false });
    expect(screenRequestBody("/admin/booths/abc", { "content-length": String(30 * 1024 * 1024) })).toMatchObject({ ok: false, status: 413 });
    expect(screenRequestBody("/en/admin/media", { "content-length": String(ADMIN_BODY_LIMIT + 1) })).toMatchObject({ status: 413 });
    expect(screenRequestBody("/administration", { "content-length": String(PUBLIC_BODY_LIMIT + 1) })).toMatchObject({ status: 413 });
  });

  it("gives only the upload routes room for a file, to a signed-in user", () => {
    const large = { "content-length": String(30 * 1024 * 1024) };
    expect(screenRequestBody("/api/admin/media/files", large)).toEqual({ ok: true, needsSession: true });
    expect(screenRequestBody("/api/admin/booths/abc/images", large)).toEqual({ ok: true, needsSession: true });
    expect(screenRequestBody("/api/admin/sessions/abc/materials", large)).toEqual({ ok: true, needsSession: true });
    expect(screenRequestBody("/api/admin/media/files", { "content-length": String(UPLOAD_BODY_LIMIT + 1) })).toMatchObject({ status: 413 });
    expect(screenRequestBody("/api/admin/booths/abc/images/x", large)).toMatchObject({ status: 413 });
    expect(screenRequestBody("/api/admin/check-in/events", large)).toMatchObject({ status: 413 });
    expect(isUploadPath("/api/admin/sessions/abc/materials")).toBe(true);
    expect(isUploadPath("/admin/sessions/abc")).toBe(false);
  });

  it("lets a speaker's upload route take slides, on the condition that its signed link is checked", () => {
    expect(screenRequestBody("/api/speaker-materials/SM1.abc.def", { "content-length": String(30 * 1024 * 1024) })).toEqual({ ok: true, needsSession: false, speakerToken: "SM1.abc.def" });
    expect(screenRequestBody("/api/speaker-materials/SM1.abc.def", { "content-length": "4096" })).toEqual({ ok: true, needsSession: false });
    expect(screenRequestBody("/api/speaker-materials/SM1.abc.def", { "content-length": String(UPLOAD_BODY_LIMIT + 1) })).toMatchObject({ status: 413 });
    expect(screenRequestBody("/tai-lieu/gui/SM1.abc.def", { "content-length": String(PUBLIC_BODY_LIMIT + 1) })).toMatchObject({ status: 413 });
    expect(screenRequestBody("/api/speaker-materials/a/b", { "content-length": String(PUBLIC_BODY_LIMIT + 1) })).toMatchObject({ status: 413 });
  });

  it("refuses a body streamed without a length, and a length that is no number", () => {
    expect(screenRequestBody("/register", { "transfer-encoding": "chunked" })).toMatchObject({ ok: false, status: 411 });
    expect(screenRequestBody("/register", { "content-length": "12abc" })).toMatchObject({ ok: false, status: 413 });
    expect(screenRequestBody("/agenda", {})).toEqual({ ok: true, needsSession: false });
  });
});
